package dev.passbook.core.spi.support.table;

import io.vavr.collection.List;

/**
 * Puts a wrapped cell back together. Statements wrap text two ways: cut at a fixed character width,
 * mid-word ({@link #joinCut}: the pieces are concatenated, no space is invented at a cut), or between
 * words ({@link #joinWords}: one space between pieces).
 */
public final class WrappedText {

    private WrappedText() {
    }

    /** {@code ["UPI-RAMESH KU", "MAR-OKAXIS"]} → {@code "UPI-RAMESH KUMAR-OKAXIS"}. */
    public static String joinCut(List<String> fragments) {
        return fragments.map(String::strip).mkString("");
    }

    /** {@code ["SALARY FOR", "MARCH"]} → {@code "SALARY FOR MARCH"}. */
    public static String joinWords(List<String> fragments) {
        return fragments.map(String::strip).filter(s -> !s.isEmpty()).mkString(" ");
    }
}
