package dev.passbook.adapters.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.vavr.control.Either;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * JSON in and out. Response bodies are trees of maps, lists and scalars built by the mappers, so
 * every wire name is written out explicitly. Every {@link BigDecimal} on the wire is money: it is
 * written as a plain JSON number with exactly two decimals and never passes through a double.
 */
public final class JsonCodec {

    private final ObjectMapper mapper;

    public JsonCodec() {
        SimpleModule money = new SimpleModule("passbook-money");
        money.addSerializer(BigDecimal.class, new MoneySerializer());
        money.addSerializer(java.time.LocalDate.class, new IsoSerializer<>(java.time.LocalDate.class));
        money.addSerializer(java.time.YearMonth.class, new IsoSerializer<>(java.time.YearMonth.class));
        money.addSerializer(java.time.Instant.class, new IsoSerializer<>(java.time.Instant.class));
        this.mapper = JsonMapper.builder()
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(money)
                .build();
    }

    public byte[] write(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented, for people reading a terminal ({@code passbook parse}). */
    public byte[] writePretty(Object body) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed tree, or a short reason fit for a client when the bytes are not JSON. */
    public Either<String, JsonNode> read(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node == null || node.isMissingNode() ? Either.left("Request body is empty") : Either.right(node);
        } catch (IOException e) {
            return Either.left("Request body is not valid JSON");
        }
    }

    private static final class MoneySerializer extends StdSerializer<BigDecimal> {
        MoneySerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            // UNNECESSARY: a value finer than a paisa is a bug upstream and must not be hidden by rounding
            gen.writeNumber(value.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        }
    }

    /** Dates as ISO text (YYYY-MM-DD, YYYY-MM, instants in UTC). */
    private static final class IsoSerializer<T> extends StdSerializer<T> {
        IsoSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
