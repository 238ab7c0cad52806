package dev.passbook.core.spi.support.table;

import io.vavr.collection.List;

import java.util.Locale;

/**
 * A column a parser expects in a statement table: the role {@code name} it reads the cells by
 * ({@code "date"}, {@code "withdrawal"}), the header texts that announce it (compared without case and
 * whitespace, so {@code "Chq./Ref.No."} also matches {@code Chq. / Ref. No.}), how its cells are
 * aligned, and whether a header line without it still counts.
 *
 * <pre>{@code
 * ColumnSpec.of("withdrawal", Alignment.RIGHT, "Withdrawal Amt.", "Withdrawal Amount")
 * }</pre>
 */
public record ColumnSpec(String name, List<String> headers, Alignment alignment, boolean optional) {

    public ColumnSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        if (headers == null || headers.isEmpty() || headers.exists(h -> squeeze(h).isEmpty())) {
            throw new IllegalArgumentException("column " + name + " needs non-blank header texts");
        }
    }

    /** A required column. */
    public static ColumnSpec of(String name, Alignment alignment, String... headers) {
        return new ColumnSpec(name, List.of(headers), alignment, false);
    }

    /** The same column, allowed to be missing from the header line. */
    public ColumnSpec asOptional() {
        return new ColumnSpec(name, headers, alignment, true);
    }

    /** Lower case without whitespace: how header texts and printed header words are compared. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
