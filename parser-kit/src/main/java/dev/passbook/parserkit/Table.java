package dev.passbook.parserkit;

import dev.passbook.core.spi.ParseNotes;
import io.vavr.collection.List;

/**
 * A statement table as the engine read it: the header that named its columns, the column bands found
 * from its rows, the row alignment chosen, the rows in print order (special rows included), the text
 * of the table region no row took, and the readings chosen, in words ({@code decisions}).
 */
public record Table(TableHeader header, ColumnBands bands, RowAlignment alignment, List<Row> rows,
                    List<ParseNotes.Unplaced> unplaced, List<String> decisions) {
}
