package dev.passbook.adapters.http.api;

import dev.passbook.adapters.http.routing.Route;
import dev.passbook.adapters.http.testing.ApiWorld;
import dev.passbook.core.error.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/api.md documents exactly the routes the API registers, and every error code it can send. */
class ApiDocumentationTest {

    private static final Pattern ROUTE_HEADING = Pattern.compile("(?m)^### `([A-Z]+) (/\\S+)`\\s*$");
    private static ApiWorld world;
    private static String doc;

    @BeforeAll
    static void load() throws Exception {
        world = new ApiWorld();
        doc = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        for (Route route : world.api.router().routes()) {
            registered.add(route.method() + " " + route.template());
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = ROUTE_HEADING.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1) + " " + m.group(2));
        }
        assertEquals(registered, documented, "docs/api.md route headings (### `METHOD /path`) must match the router");
    }

    @Test
    void everyErrorCodeIsDocumented() {
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(doc.contains("`" + code.code() + "`"), "docs/api.md does not mention " + code.code());
        }
    }
}
