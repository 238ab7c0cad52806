package dev.passbook.parsers.zenith.wellbehaved;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.parserkit.TableEngine;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Good sample of a plugin written after the rules: it uses only the core SPI, the parser kit, vavr and
 * the JDK, so the plugin rule finds nothing (not registered as a service: nothing loads it).
 */
public final class ZenithParser implements StatementParser {
    @Override
    public String id() {
        return "zenith";
    }

    @Override
    public List<Bank> banks() {
        return List.of(new Bank("zenith", "Zenith Bank", "ZENI"));
    }

    @Override
    public Detection detect(Document document) {
        return Detection.none(id());
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return Either.left(ParseRefusal.of(ReadStage.HEADER, "never reads " + TableEngine.class.getSimpleName()));
    }
}
