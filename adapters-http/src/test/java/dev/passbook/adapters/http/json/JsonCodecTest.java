package dev.passbook.adapters.http.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonCodecTest {

    private final JsonCodec json = new JsonCodec();

    private String write(Object o) {
        return new String(json.write(o), StandardCharsets.UTF_8);
    }

    @Test
    void writesMoneyAsPlainNumbersWithTwoDecimals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", new BigDecimal("1234.5"));
        m.put("b", BigDecimal.ZERO);
        m.put("c", new BigDecimal("1E+7"));
        m.put("d", new BigDecimal("-0.10"));
        m.put("e", new BigDecimal("98765432109876543.21"));
        assertEquals("{\"a\":1234.50,\"b\":0.00,\"c\":10000000.00,\"d\":-0.10,\"e\":98765432109876543.21}", write(m));
    }

    @Test
    void refusesToRoundAwayPaisaFractions() {
        assertThrows(RuntimeException.class, () -> json.write(Map.of("x", new BigDecimal("1.005"))));
    }

    @Test
    void writesDatesAsIsoTextAndKeepsNulls() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("d", LocalDate.of(2024, 3, 5));
        m.put("m", YearMonth.of(2023, 12));
        m.put("n", null);
        assertEquals("{\"d\":\"2024-03-05\",\"m\":\"2023-12\",\"n\":null}", write(m));
    }

    @Test
    void readsDecimalsExactlyAndReportsBadJsonWithoutDetails() {
        assertEquals(new BigDecimal("0.10"),
                json.read("{\"x\":0.10}".getBytes(StandardCharsets.UTF_8)).get().get("x").decimalValue());
        assertEquals("Request body is not valid JSON", json.read("{\"x\":".getBytes(StandardCharsets.UTF_8)).getLeft());
        assertTrue(json.read(new byte[0]).isLeft());
    }
}
