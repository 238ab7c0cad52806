package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import io.vavr.collection.List;

import static dev.passbook.parsers.generic.TextFixtures.line;

/**
 * A hand-drawn statement for parser tests: a header block of labelled lines, a table whose columns
 * are given by header text ({@code \n} wraps a header over two lines), x-range and alignment, and rows
 * whose cells may wrap ({@code \n}). Rows flow onto a new page after {@link #rowsPerPage}.
 */
final class TinyStatement {

    record Col(String header, double left, double right, boolean rightAligned) {
        static Col left(String header, double left, double right) {
            return new Col(header, left, right, false);
        }

        static Col right(String header, double left, double right) {
            return new Col(header, left, right, true);
        }

        double x(String text) {
            return rightAligned ? TextFixtures.rightAligned(right, text) : left;
        }
    }

    static final double STEP = 10;

    private List<Line> top = List.empty();
    private List<Col> columns = List.empty();
    private List<String[]> rows = List.empty();
    private List<Line> trailer = List.empty();
    private boolean headerOnEveryPage = true;
    private boolean blockOnEveryPage = false;
    private List<String> underHeader = List.empty();
    private String footer = "This is a computer generated statement.";
    private int rowsPerPage = 1000;

    static TinyStatement withBlock(String... labelled) {
        TinyStatement s = new TinyStatement();
        double y = 30;
        for (String l : labelled) {
            String[] parts = l.split(" :: ", 2);
            s.top = s.top.append(parts.length == 2 ? line(y, 26, parts[0] + " :", 130, parts[1]) : line(y, 26, parts[0]));
            y += STEP;
        }
        return s;
    }

    /** The usual block: a bank title, holder, account number and IFSC. */
    static TinyStatement standard(String title, String ifsc) {
        return withBlock(title, "Account Name :: ASHA RAO", "Address :: 12 MG ROAD", "Account Number :: 1234567890",
                "IFSC :: " + ifsc, "Statement from 01/04/2024 to 30/04/2024");
    }

    TinyStatement columns(Col... cols) {
        columns = List.of(cols);
        return this;
    }

    TinyStatement row(String... cells) {
        rows = rows.append(cells);
        return this;
    }

    TinyStatement trailer(String text) {
        trailer = trailer.append(line(0, 26, text));
        return this;
    }

    TinyStatement headerOnFirstPageOnly() {
        headerOnEveryPage = false;
        return this;
    }

    /** The labelled block repeats at the top of every page (the column header follows its own setting). */
    TinyStatement blockOnEveryPage() {
        blockOnEveryPage = true;
        return this;
    }

    /** A line printed at the left margin between the column header and the first row of page 1. */
    TinyStatement underHeader(String text) {
        underHeader = underHeader.append(text);
        return this;
    }

    /** The text at the bottom of every page, left of the page number. */
    TinyStatement footer(String text) {
        footer = text;
        return this;
    }

    TinyStatement rowsPerPage(int n) {
        rowsPerPage = n;
        return this;
    }

    Document document() {
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
                    lines = lines.append(cellsLine(y, columns.map(c -> {
                        String[] h = c.header().split("\n");
                        return kk < h.length ? h[kk] : "";
                    })));
                    y += STEP;
                }
            }
            if (number == 1) {
                for (String u : underHeader) {
                    lines = lines.append(line(y, 26, u));
                    y += STEP;
                }
            }
            for (String[] r : left.take(rowsPerPage)) {
                int height = List.of(r).map(c -> c.split("\n").length).max().getOrElse(1);
                for (int k = 0; k < height; k++) {
                    int kk = k;
                    lines = lines.append(cellsLine(y, List.of(r).map(c -> {
                        String[] parts = c.split("\n");
                        return kk < parts.length ? parts[kk] : "";
                    })));
                    y += STEP;
                }
                y += 2;
            }
            left = left.drop(rowsPerPage);
            if (left.isEmpty()) {
                for (Line t : trailer) {
                    double at = y;
                    lines = lines.append(new Line(at, t.words().map(w -> new dev.passbook.core.document.Word(w.text(), w.x(), at,
                            w.width(), w.height(), w.font(), w.size()))));
                    y += STEP;
                }
            }
            lines = lines.append(line(830, 26, footer, 520, "Page " + number));
            pages = pages.append(TextFixtures.page(number, lines.filter(l -> !l.words().isEmpty()).toJavaArray(Line[]::new)));
            number++;
        }
        return TextFixtures.document(pages.toJavaArray(Page[]::new));
    }

    private Line cellsLine(double y, List<String> texts) {
        List<Object> args = List.empty();
        for (int i = 0; i < columns.size() && i < texts.size(); i++) {
            String t = texts.get(i);
            if (!t.isBlank()) {
                args = args.append(columns.get(i).x(t)).append(t);
            }
        }
        return line(y, args.toJavaArray());
    }
}
