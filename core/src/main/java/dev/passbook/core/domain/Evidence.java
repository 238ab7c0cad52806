package dev.passbook.core.domain;

import io.vavr.control.Option;

/**
 * Why a signal fired, in the words a reviewer checks against the PDF: where ({@code page}, when it
 * can be located), which {@code field}, what a genuine statement would show and what this one shows.
 * Rendered as {@code page=3; field=balance (row 12, 2024-03-05); expected=1200.00; found=1300.00}
 * ({@code page=-} when the figure cannot be located on a page).
 */
public record Evidence(Option<Integer> page, String field, String expected, String found) {

    public static Evidence onPage(int page, String field, String expected, String found) {
        return new Evidence(Option.some(page), field, expected, found);
    }

    public static Evidence of(Option<Integer> page, String field, String expected, String found) {
        return new Evidence(page, field, expected, found);
    }

    /** Evidence about the file as a whole (metadata, revisions). */
    public static Evidence file(String field, String expected, String found) {
        return new Evidence(Option.none(), field, expected, found);
    }

    public String render() {
        return "page=" + page.map(String::valueOf).getOrElse("-") + "; field=" + clean(field) + "; expected="
                + clean(expected) + "; found=" + clean(found);
    }

    /** Keeps the {@code key=value; } shape parseable whatever a producer string contains. */
    private static String clean(String s) {
        return s.replace(';', ',').replace('\n', ' ').replace('\r', ' ').strip();
    }
}
