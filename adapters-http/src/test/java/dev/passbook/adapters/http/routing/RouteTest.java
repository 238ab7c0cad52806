package dev.passbook.adapters.http.routing;

import io.vavr.Tuple;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTest {

    private final Route progress = ApiRoutes.SESSION_PROGRESS;

    @Test
    void matchesWithAndWithoutTrailingSlash() {
        assertEquals("abc", progress.match("/bank-connect/v1/session_data/abc/progress/").get().get("session_id").get());
        assertEquals("abc", progress.match("/bank-connect/v1/session_data/abc/progress").get().get("session_id").get());
    }

    @Test
    void refusesEmptyParameterExtraSegmentsAndOtherPaths() {
        assertTrue(progress.match("/bank-connect/v1/session_data//progress/").isEmpty());
        assertTrue(progress.match("/bank-connect/v1/session_data/a/b/progress/").isEmpty());
        assertTrue(progress.match("/bank-connect/v1/session_data/abc/progress//").isEmpty());
        assertTrue(progress.match("/bank-connect/v2/session_data/abc/progress/").isEmpty());
        assertTrue(ApiRoutes.CREATE_SESSION.match("/bank-connect/v1/session/extra").isEmpty());
        assertTrue(ApiRoutes.CREATE_SESSION.match("/bank-connect/v1//session/").isEmpty());
    }

    @Test
    void routerTellsUnknownPathFromWrongMethod() {
        Router<String> router = Router.of(ApiRoutes.all().map(r -> Tuple.of(r, r.template())));
        assertInstanceOf(RouteMatch.NoRoute.class, router.resolve("GET", "/nope"));
        RouteMatch<String> wrong = router.resolve("GET", "/bank-connect/v1/statement/upload_session");
        assertEquals(List.of("POST"), ((RouteMatch.WrongMethod<String>) wrong).allowed().toList());
        RouteMatch<String> found = router.resolve("POST", "/bank-connect/v1/statement/upload_session");
        assertEquals(ApiRoutes.UPLOAD_STATEMENT, ((RouteMatch.Found<String>) found).route());
    }

    @Test
    void refusesARouteBoundTwice() {
        assertThrows(IllegalArgumentException.class, () -> Router.of(List.of(
                Tuple.of(ApiRoutes.CREATE_SESSION, "a"), Tuple.of(ApiRoutes.CREATE_SESSION, "b"))));
    }
}
