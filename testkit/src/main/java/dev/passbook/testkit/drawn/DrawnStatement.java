package dev.passbook.testkit.drawn;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;

import java.util.Map;
import java.util.TreeMap;

/**
 * A statement drawn by hand for parser unit tests, without a PDF: a block of labelled lines, a table
 * whose columns have a title (over up to three baselines: {@code \n} breaks it), an x-range, an
 * alignment for their cells and one for their title, and rows whose cells may wrap ({@code \n}), placed
 * top-, bottom- or centre-aligned in their row. Rows flow onto a new page after {@link #rowsPerPage}.
 *
 * <pre>{@code
 * Document doc = DrawnStatement.standard("ACME BANK", "ACME0001234")
 *         .columns(Col.left("Date", 26, 80), Col.left("Narration", 90, 260).title(Align.CENTRE),
 *                  Col.right("Debit", 270, 330), Col.right("Credit", 340, 400), Col.right("Balance", 410, 480))
 *         .row("01/04/2024", "UPI-RAVI\nKUMAR", "250.50", "", "749.50")
 *         .document();
 * }</pre>
 */
public final class DrawnStatement {

    /** How text sits in its x-range. */
    public enum Align { LEFT, RIGHT, CENTRE }

    /** Where a row's shorter cells sit in its height. */
    public enum RowAlign { TOP, BOTTOM, CENTRE }

    /** A column: its title, its x-range, how its cells and its title are aligned, and how far the title is shifted. */
    public record Col(String header, double left, double right, Align cells, Align titleAlign, double titleShift) {

        public static Col left(String header, double left, double right) {
            return new Col(header, left, right, Align.LEFT, Align.LEFT, 0);
        }

        public static Col right(String header, double left, double right) {
            return new Col(header, left, right, Align.RIGHT, Align.RIGHT, 0);
        }

        public static Col centred(String header, double left, double right) {
            return new Col(header, left, right, Align.CENTRE, Align.CENTRE, 0);
        }

        /** The same column with its title aligned another way (a title centred over a wide column). */
        public Col title(Align align) {
            return new Col(header, left, right, cells, align, titleShift);
        }

        /** The same column with its title moved by {@code dx} (cells sticking out past their title). */
        public Col shiftTitle(double dx) {
            return new Col(header, left, right, cells, titleAlign, titleShift + dx);
        }

        double x(String text, Align align) {
            return switch (align) {
                case LEFT -> left;
                case RIGHT -> DrawnText.rightAligned(right, text);
                case CENTRE -> DrawnText.centred((left + right) / 2, text);
            };
        }
    }

    public static final double STEP = 10;

    private List<Line> top = List.empty();
    private List<Col> columns = List.empty();
    private List<String[]> rows = List.empty();
    private List<Line> trailer = List.empty();
    private boolean headerOnEveryPage = true;
    private boolean blockOnEveryPage = false;
    private List<String> underHeader = List.empty();
    private String footer = "This is a computer generated statement.";
    private int rowsPerPage = 1000;
    private RowAlign rowAlign = RowAlign.TOP;
    private double rowGap = 2;

    private DrawnStatement() {
    }

    /**
     * A block of lines; {@code "Label :: value"} draws a label with a colon and its value at two x
     * positions, {@code "Label || value"} the same without the colon.
     */
    public static DrawnStatement withBlock(String... labelled) {
        DrawnStatement s = new DrawnStatement();
        double y = 30;
        for (String l : labelled) {
            String[] colon = l.split(" :: ", 2);
            String[] bare = l.split(" \\|\\| ", 2);
            s.top = s.top.append(colon.length == 2 ? DrawnText.line(y, 26, colon[0] + " :", 130, colon[1])
                    : bare.length == 2 ? DrawnText.line(y, 26, bare[0], 130, bare[1]) : DrawnText.line(y, 26, l));
            y += STEP;
        }
        return s;
    }

    /** The usual block: a bank title, holder, address, account number, IFSC and period. */
    public static DrawnStatement standard(String title, String ifsc) {
        return withBlock(title, "Account Name :: ASHA RAO", "Address :: 12 MG ROAD", "Account Number :: 1234567890",
                "IFSC :: " + ifsc, "Statement from 01/04/2024 to 30/04/2024");
    }

    public DrawnStatement columns(Col... cols) {
        columns = List.of(cols);
        return this;
    }

    /** A row: one text per column, {@code ""} for an empty cell, {@code \n} between the lines of a wrapped cell. */
    public DrawnStatement row(String... cells) {
        rows = rows.append(cells);
        return this;
    }

    /** A line after the last row, at the left margin. */
    public DrawnStatement trailer(String text) {
        trailer = trailer.append(DrawnText.line(0, 26, text));
        return this;
    }

    public DrawnStatement headerOnFirstPageOnly() {
        headerOnEveryPage = false;
        return this;
    }

    /**
     * One more line of the block, from pairs of x and phrase ({@code blockLine(26, "Clear Balance", 500, "12,000.00")}):
     * a figure printed wherever the bank puts it, over a money column too.
     */
    public DrawnStatement blockLine(Object... xAndPhrase) {
        top = top.append(DrawnText.line(30 + STEP * top.size(), xAndPhrase));
        return this;
    }

    /** The labelled block repeats at the top of every page (the column header follows its own setting). */
    public DrawnStatement blockOnEveryPage() {
        blockOnEveryPage = true;
        return this;
    }

    /** A line printed at the left margin between the column header and the first row of page 1. */
    public DrawnStatement underHeader(String text) {
        underHeader = underHeader.append(text);
        return this;
    }

    /** The text at the bottom of every page, left of the page number. */
    public DrawnStatement footer(String text) {
        footer = text;
        return this;
    }

    public DrawnStatement rowsPerPage(int n) {
        rowsPerPage = n;
        return this;
    }

    /** Where a row's shorter cells go: top (default), bottom or centre of the row. */
    public DrawnStatement rowAlign(RowAlign align) {
        rowAlign = align;
        return this;
    }

    /** Extra space between rows, in points (default 2; 0 prints rows at the line pitch). */
    public DrawnStatement rowGap(double gap) {
        rowGap = gap;
        return this;
    }

    public Document document() {
        List<Page> pages = List.empty();
        List<String[]> left = rows;
        int number = 1;
        while (number == 1 || !left.isEmpty()) {
            boolean block = number == 1 || blockOnEveryPage;
            List<Line> lines = block ? top : List.empty();
            double y = block ? 30 + STEP * top.size() + STEP : 30;
            if (number == 1 || headerOnEveryPage) {
                int headerLines = columns.map(c -> c.header().split("\n").length).max().getOrElse(1);
                for (int k = 0; k < headerLines; k++) {
                    int kk = k;
                    lines = lines.append(titleLine(y, columns.map(c -> {
                        String[] h = c.header().split("\n");
                        return kk < h.length ? h[kk] : "";
                    })));
                    y += STEP;
                }
            }
            if (number == 1) {
                for (String u : underHeader) {
                    lines = lines.append(DrawnText.line(y, 26, u));
                    y += STEP;
                }
            }
            for (String[] r : left.take(rowsPerPage)) {
                int height = List.of(r).map(c -> c.split("\n").length).max().getOrElse(1);
                lines = lines.appendAll(rowLines(y, r, height));
                y += STEP * height + rowGap;
            }
            left = left.drop(rowsPerPage);
            if (left.isEmpty()) {
                for (Line t : trailer) {
                    double at = y;
                    lines = lines.append(new Line(at, t.words().map(w -> new Word(w.text(), w.x(), at, w.width(), w.height(),
                            w.font(), w.size()))));
                    y += STEP;
                }
            }
            lines = lines.append(DrawnText.line(830, 26, footer, 520, "Page " + number));
            pages = pages.append(DrawnText.page(number, lines.filter(l -> !l.words().isEmpty()).toJavaArray(Line[]::new)));
            number++;
        }
        return DrawnText.document(pages.toJavaArray(Page[]::new));
    }

    private Line titleLine(double y, List<String> texts) {
        List<Object> args = List.empty();
        for (int i = 0; i < columns.size() && i < texts.size(); i++) {
            String t = texts.get(i);
            if (!t.isBlank()) {
                Col c = columns.get(i);
                args = args.append(c.x(t, c.titleAlign()) + c.titleShift()).append(t);
            }
        }
        return DrawnText.line(y, args.toJavaArray());
    }

    /** The lines of one row of {@code height} lines from {@code y}: each cell placed by the row alignment. */
    private List<Line> rowLines(double y, String[] cells, int height) {
        Map<Double, List<Object>> byY = new TreeMap<>();
        for (int i = 0; i < columns.size() && i < cells.length; i++) {
            String[] parts = cells[i].split("\n");
            int m = cells[i].isEmpty() ? 0 : parts.length;
            double offset = switch (rowAlign) {
                case TOP -> 0;
                case BOTTOM -> (height - m) * STEP;
                case CENTRE -> (height - m) * STEP / 2;
            };
            for (int k = 0; k < m; k++) {
                if (parts[k].isBlank()) {
                    continue;
                }
                Col c = columns.get(i);
                byY.merge(y + offset + k * STEP, List.of(c.x(parts[k], c.cells()), parts[k]), List::appendAll);
            }
        }
        return List.ofAll(byY.entrySet()).map(e -> DrawnText.line(e.getKey(), e.getValue().toJavaArray()));
    }
}
