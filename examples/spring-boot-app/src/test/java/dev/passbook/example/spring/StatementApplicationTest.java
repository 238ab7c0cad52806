package dev.passbook.example.spring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole chain in a Spring Boot application on a real port: the starter's bean reads a sample
 * statement (docs/samples) posted over HTTP, and actuator reports Passbook's health.
 */
// a readable CI log: no banner; levels in src/test/resources/logback-test.xml
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.banner-mode=off")
class StatementApplicationTest {

    private static final Path SAMPLES = Path.of("..", "..", "docs", "samples");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String sample) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/statements"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofFile(SAMPLES.resolve(sample + ".pdf"))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSampleStatementIsReadThroughTheStartersBean() throws Exception {
        JsonNode truth = JSON.readTree(Files.readString(SAMPLES.resolve("hdfc-legacy.json")));
        HttpResponse<String> response = post("hdfc-legacy");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(truth.get("bank").asText(), body.get("bank").asText());
        assertEquals("VERIFIED", body.get("verdict").asText());
        assertEquals(truth.get("transactions").size(), body.get("transactions").asInt());
        assertEquals(0, truth.get("opening_balance").decimalValue().compareTo(new BigDecimal(body.get("opening_balance").asText())));
        assertEquals(0, truth.get("closing_balance").decimalValue().compareTo(new BigDecimal(body.get("closing_balance").asText())));
    }

    @Test
    void aTamperedSampleIsReadButNotVerified() throws Exception {
        HttpResponse<String> response = post("hdfc-legacy-tampered");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UNVERIFIED", JSON.readTree(response.body()).get("verdict").asText());
    }

    @Test
    void actuatorReportsPassbook() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode passbook = JSON.readTree(response.body()).path("components").path("passbook");
        assertEquals("UP", passbook.path("status").asText(), response.body());
        assertEquals("hdfc", passbook.path("details").path("parsers").get(0).asText(), response.body());
    }
}
