package dev.passbook.core.application;

import dev.passbook.core.spi.StatementParser;

/** The parser that will read an upload and the bank id the statement is filed under. */
public record ChosenParser(StatementParser parser, String bankId) {
}
