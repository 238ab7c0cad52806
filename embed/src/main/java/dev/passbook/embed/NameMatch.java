package dev.passbook.embed;

/** How well one expected name matched the printed holder name: score 0..100, matched at the threshold. */
public record NameMatch(String name, String holderName, int score, boolean matched) {
}
