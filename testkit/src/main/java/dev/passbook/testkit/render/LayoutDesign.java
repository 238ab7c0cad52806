package dev.passbook.testkit.render;

import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;

/**
 * What differs between layouts, as data for the one {@link PageComposer}: page size and version,
 * the table's columns, the rows, and the text blocks around the table. {@link TableDesign} describes a
 * bank's table entirely as data; implement this interface only for what it cannot say.
 */
public interface LayoutDesign {

    PageSize pageSize();

    float pdfVersion();

    TableSpec table();

    /** The table as drawn for one statement (a printing variant may move its columns); {@link #table()} by default. */
    default TableSpec table(GeneratedStatement s) {
        return table();
    }

    /** Every row of the table, including printed non-transaction rows (opening balance, totals). */
    List<TableRow> rows(GeneratedStatement s);

    /** The top of page {@code page} (1-based) of {@code pages}; {@code full} false: page number only. */
    Block header(GeneratedStatement s, int page, int pages, boolean full);

    Block footer(GeneratedStatement s, int page, int pages);

    /** Printed after the last row (summary, closing balance, generation line). */
    Block trailer(GeneratedStatement s);

    String creator();

    float margin();

    /** How the bank issues its files ({@link RenderOptions#bankLike}); unencrypted unless overridden. */
    default Encryption issuedEncryption() {
        return Encryption.none();
    }
}
