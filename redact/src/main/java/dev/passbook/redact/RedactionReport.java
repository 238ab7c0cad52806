package dev.passbook.redact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a redaction replaced, by kind, with no value: counts, the date offset's size in whole weeks, and
 * whether the money was regenerated along the balance chain or scrambled. Printed by {@code passbook redact}.
 */
public record RedactionReport(String originalOutcome, Map<String, Integer> counts, boolean moneyRegenerated,
                              Fidelity fidelity, int attempts) {

    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("original   ").append(originalOutcome).append('\n');
        b.append("copy       ").append(fidelity.outcome()).append('\n');
        b.append("money      ").append(moneyRegenerated
                ? "regenerated: new amounts, balances recomputed along the chain (breaks kept as printed)"
                : "digits scrambled: the copy's figures do not chain").append('\n');
        b.append("fidelity   ").append(fidelity.kept() ? "kept" : "NOT kept").append(": words ")
                .append(fidelity.sameWords() ? "in the same lines" : "DIFFER")
                .append(String.format(java.util.Locale.ROOT, ", largest word-box difference %.2f pt", fidelity.maxDeviation()))
                .append(fidelity.sameOutcome() ? ", same reading" : ", reading DIFFERS").append('\n');
        b.append("replaced   ");
        Map<String, Integer> ordered = new LinkedHashMap<>(counts);
        ordered.forEach((k, v) -> b.append(k).append(' ').append(v).append("; "));
        b.setLength(b.length() - 2);
        return b.append('\n').toString();
    }
}
