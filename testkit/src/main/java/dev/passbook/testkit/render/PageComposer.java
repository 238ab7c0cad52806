package dev.passbook.testkit.render;

import dev.passbook.testkit.GeneratedStatement;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lays a statement out on pages for any {@link LayoutDesign}: header block, column header, rows
 * (split across a page break when the design allows, else moved whole), footer, and the trailer
 * after the last row. Pagination is planned first so headers can print the page count.
 */
final class PageComposer {

    /** A row fragment placed on a page at {@code top} (points from the page top). */
    private record Placed(TableRow row, float top) {
    }

    private record PagePlan(List<Placed> rows, float trailerTop) {
    }

    private final LayoutDesign design;
    private final GeneratedStatement statement;
    private final RenderOptions options;
    private final PageSize size;

    PageComposer(LayoutDesign design, GeneratedStatement statement, RenderOptions options) {
        this.design = design;
        this.statement = statement;
        this.options = options;
        this.size = options.pageSize().getOrElse(design.pageSize());
    }

    void compose(PDDocument doc, Fonts fonts) {
        List<PagePlan> plans = plan();
        int pages = plans.size();
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(new PDRectangle(size.width(), size.height()));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw(cs, fonts, plans.get(i), i + 1, pages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private boolean full(int page) {
        return page == 1 || options.headerOnEveryPage();
    }

    private float bodyTop(int page) {
        float top = design.margin() + design.header(statement, page, 0, full(page)).height();
        return full(page) ? top + design.table(statement).headerHeight() : top;
    }

    private float bodyBottom(int page) {
        return size.height() - design.margin() - design.footer(statement, page, 0).height();
    }

    private List<PagePlan> plan() {
        TableSpec t = design.table(statement);
        List<PagePlan> done = List.empty();
        int page = 1;
        float y = bodyTop(page);
        List<Placed> current = List.empty();
        List<TableRow> queue = design.rows(statement);
        while (!queue.isEmpty()) {
            TableRow row = queue.head();
            float height = row.lineCount() * t.lineHeight();
            float room = bodyBottom(page) - y;
            if (height <= room) {
                current = current.append(new Placed(row, y));
                y += height + t.rowGap();
                queue = queue.tail();
                continue;
            }
            int fitting = (int) Math.floor(room / t.lineHeight());
            if (t.rowsMaySplit() && fitting >= 1) {
                Tuple2<TableRow, TableRow> parts = row.split(fitting);
                current = current.append(new Placed(parts._1, y));
                queue = queue.tail().prepend(parts._2);
            } else if (current.isEmpty()) {
                throw new IllegalStateException("a row of " + row.lineCount() + " lines does not fit on an empty page");
            }
            done = done.append(new PagePlan(current, -1));
            page++;
            current = List.empty();
            y = bodyTop(page);
        }
        float trailer = design.trailer(statement).height();
        if (y + trailer > bodyBottom(page)) {
            done = done.append(new PagePlan(current, -1));
            page++;
            current = List.empty();
            y = bodyTop(page);
        }
        return done.append(new PagePlan(current, y + 4));
    }

    private void draw(PDPageContentStream cs, Fonts fonts, PagePlan plan, int page, int pages) throws IOException {
        float m = design.margin();
        drawBlock(cs, fonts, design.header(statement, page, pages, full(page)), m);
        TableSpec t = design.table(statement);
        float headerTop = m + design.header(statement, page, pages, full(page)).height();
        if (full(page)) {
            drawColumnHeader(cs, fonts, t, headerTop);
        }
        for (Placed p : plan.rows()) {
            drawRow(cs, fonts, t, p);
        }
        if (plan.trailerTop() >= 0) {
            drawBlock(cs, fonts, design.trailer(statement), plan.trailerTop());
        }
        Block footer = design.footer(statement, page, pages);
        drawBlock(cs, fonts, footer, size.height() - m - footer.height());
    }

    private void drawColumnHeader(PDPageContentStream cs, Fonts fonts, TableSpec t, float top) throws IOException {
        for (Column c : t.columns()) {
            String[] lines = c.header().split("\n");
            for (int i = 0; i < lines.length; i++) {
                text(cs, fonts, c, c.headerAlign(), c.headerShift(), top + t.fontSize() + i * t.lineHeight(), lines[i],
                        t.fontSize(), true);
            }
        }
        float lineY = top + t.headerHeight() - 3;
        float left = t.columns().head().left();
        float right = t.columns().last().right();
        cs.setLineWidth(0.5f);
        cs.moveTo(left, size.height() - lineY);
        cs.lineTo(right, size.height() - lineY);
        cs.stroke();
    }

    private void drawRow(PDPageContentStream cs, Fonts fonts, TableSpec t, Placed p) throws IOException {
        int n = p.row().lineCount();
        for (int c = 0; c < t.columns().size(); c++) {
            List<String> lines = p.row().cells().get(c);
            float spare = (n - lines.size()) * t.lineHeight();
            float offset = switch (t.rowAlignment()) {
                case TOP -> 0;
                case CENTRED -> spare / 2;
                case CENTRED_ON_A_LINE -> (float) Math.ceil((n - lines.size()) / 2.0) * t.lineHeight();
                case BOTTOM -> spare;
            };
            Column column = t.columns().get(c);
            for (int i = 0; i < lines.size(); i++) {
                float baseline = p.top() + offset + i * t.lineHeight() + t.fontSize();
                text(cs, fonts, column, column.align(), 0, baseline, lines.get(i), t.fontSize(), false);
            }
        }
        if (t.hiddenCopiesOf() >= 0) {
            drawHiddenCopies(cs, fonts, t, p);
        }
    }

    /**
     * What a viewer print leaves in its text layer: the copied column's lines drawn again, in white and
     * unclipped, from the start of every other cell of the row. Invisible on paper. Its first line is not
     * copied: the row's one-line cells stand on it, and a copy over them would garble the PDF's own text
     * order (what a viewer draws under a visible cell is not what this imitates).
     */
    private void drawHiddenCopies(PDPageContentStream cs, Fonts fonts, TableSpec t, Placed p) throws IOException {
        List<String> lines = p.row().cells().get(t.hiddenCopiesOf());
        cs.setNonStrokingColor(1f);
        for (int c = 0; c < t.columns().size(); c++) {
            if (c == t.hiddenCopiesOf()) {
                continue;
            }
            for (int i = 1; i < lines.size(); i++) {
                show(cs, fonts.font(false), t.fontSize(), t.columns().get(c).left() + 2,
                        p.top() + i * t.lineHeight() + t.fontSize(), lines.get(i));
            }
        }
        cs.setNonStrokingColor(0f);
    }

    /**
     * A cell's text, shrunk when an unusually wide line would spill into the next column (a title moved by
     * {@code shift} has that much less room, so it never runs into its neighbour's title).
     */
    private void text(PDPageContentStream cs, Fonts fonts, Column c, Align align, float shift, float baseline, String s,
                      float fontSize, boolean bold) throws IOException {
        float pad = 2;
        float room = c.width() - 2 * pad - Math.abs(shift);
        float sizeUsed = fontSize;
        float w = fonts.width(s, sizeUsed, bold);
        if (w > room) {
            sizeUsed = fontSize * room / w;
            w = fonts.width(s, sizeUsed, bold);
        }
        float x = switch (align) {
            case LEFT -> c.left() + pad;
            case RIGHT -> c.right() - pad - w;
            case CENTRE -> c.left() + (c.width() - w) / 2;
        };
        show(cs, fonts.font(bold), sizeUsed, x - shift, baseline, s);
    }

    private void drawBlock(PDPageContentStream cs, Fonts fonts, Block block, float top) throws IOException {
        for (TextItem item : block.items()) {
            float w = fonts.width(item.text(), item.size(), item.bold());
            float x = switch (item.align()) {
                case LEFT -> item.x();
                case RIGHT -> item.x() - w;
                case CENTRE -> item.x() - w / 2;
            };
            show(cs, fonts.font(item.bold()), item.size(), x, top + item.y(), item.text());
        }
    }

    private void show(PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont font, float fontSize, float x,
                      float baselineFromTop, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, size.height() - baselineFromTop);
        cs.showText(s);
        cs.endText();
    }
}
