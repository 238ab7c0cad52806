package dev.passbook.core.domain;

/** How well one expected name matched the statement holder (score 0..100). */
public record NameMatch(String name, String matchedName, int score, boolean matched) {
}
