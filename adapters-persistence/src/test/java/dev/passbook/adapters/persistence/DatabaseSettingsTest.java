package dev.passbook.adapters.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    @Test
    void credentialsInAPostgresUrlMoveOutOfTheUrl() {
        DatabaseSettings settings = DatabaseSettings.fromUrl(
                "jdbc:postgresql://127.0.0.1:5432/passbook_test?user=passbook&ssl=false&password=s%26cret");

        assertEquals("jdbc:postgresql://127.0.0.1:5432/passbook_test?ssl=false", settings.jdbcUrl());
        assertEquals("passbook", settings.user());
        assertEquals("s&cret", settings.password());
        assertTrue(settings.isPostgres());
    }

    @Test
    void urlWithOnlyCredentialsLosesItsQuery() {
        DatabaseSettings settings = DatabaseSettings.fromUrl("jdbc:postgresql://db/pb?user=u&password=p");

        assertEquals("jdbc:postgresql://db/pb", settings.jdbcUrl());
    }

    @Test
    void urlWithoutQueryKeepsEmptyCredentials() {
        DatabaseSettings settings = DatabaseSettings.fromUrl("jdbc:postgresql://db/pb");

        assertEquals("", settings.user());
        assertEquals("", settings.password());
    }

    @Test
    void passwordNeverAppearsInToString() {
        String inSettings = DatabaseSettings.fromUrl("jdbc:postgresql://db/pb?user=u&password=hunter2").toString();
        String leftInUrl = new DatabaseSettings("jdbc:postgresql://db/pb?password=hunter2", "u", "", 2).toString();

        assertFalse(inSettings.contains("hunter2"), inSettings);
        assertFalse(leftInUrl.contains("hunter2"), leftInUrl);
    }

    @Test
    void defaultIsAnEmbeddedH2FileUnderData() {
        DatabaseSettings settings = DatabaseSettings.defaults();

        assertTrue(settings.isH2());
        assertTrue(settings.jdbcUrl().startsWith("jdbc:h2:file:" + Path.of("data", "passbook").toAbsolutePath()),
                settings.jdbcUrl());
    }

    @Test
    void refusesWhatIsNotAJdbcUrlOrAnEmptyPool() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.fromUrl("postgresql://db/pb"));
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings("jdbc:h2:mem:x", "", "", 0));
    }
}
