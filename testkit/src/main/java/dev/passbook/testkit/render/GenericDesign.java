package dev.passbook.testkit.render;

import dev.passbook.core.domain.Identity;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the generic layouts share: A4 portrait, the bank's name on top, labelled identity lines
 * (labels vary per layout), a period line, and {@code Page N of M} in the footer. Subclasses give
 * the labels, the table and the lines around it.
 */
abstract class GenericDesign implements LayoutDesign {

    /** The label each layout prints before an identity field. */
    record Labels(String accountName, String address, String accountNumber, String customerId, String ifsc,
                  String micr) {
    }

    private static final float M = 20;

    abstract Labels labels();

    abstract String periodLine(GeneratedStatement s);

    /** A line under the identity block, e.g. {@code Opening Balance : 1,000.00}. */
    abstract Option<String> openingLine(GeneratedStatement s);

    abstract List<String> trailerLines(GeneratedStatement s);

    String balance(GeneratedStatement s, BigDecimal v) {
        return Formats.indian(v);
    }

    @Override
    public PageSize pageSize() {
        return new PageSize(595, 842);
    }

    @Override
    public float pdfVersion() {
        return 1.4f;
    }

    @Override
    public float margin() {
        return M;
    }

    @Override
    public String creator() {
        return "Core Banking Statement Service";
    }

    @Override
    public Block header(GeneratedStatement s, int page, int pages, boolean full) {
        if (!full) {
            return Block.builder().at(8).build(4);
        }
        float size = 8;
        float label = M + 6;
        float value = M + 110;
        Identity id = s.identity();
        Labels l = labels();
        Block.Builder b = Block.builder().at(14)
                .centre(pageSize().width() / 2, s.bank().fullName().toUpperCase(Locale.ROOT), 13, true).line(22);
        List<String> address = List.of(id.address().split("\n"));
        b.text(label, l.accountName() + " :", size).text(value, id.name(), size).line(size + 3);
        b.text(label, l.address() + " :", size);
        for (String line : address) {
            b.text(value, line, size).line(size + 3);
        }
        List<String[]> fields = List.of(
                new String[] {l.accountNumber(), id.accountNumber()},
                new String[] {l.customerId(), id.customerId().getOrElse("")},
                new String[] {l.ifsc(), id.ifsc().getOrElse("")},
                new String[] {l.micr(), id.micr().getOrElse("")});
        for (String[] f : fields) {
            b.text(label, f[0] + " :", size).text(value, f[1], size).line(size + 3);
        }
        b.line(4).bold(label, periodLine(s), size + 1).line(size + 4);
        openingLine(s).forEach(line -> b.text(label, line, size).line(size + 4));
        return b.build(2);
    }

    @Override
    public Block footer(GeneratedStatement s, int page, int pages) {
        return Block.builder().at(7)
                .text(M + 6, "This is a computer generated statement and does not require a signature.", 6)
                .right(pageSize().width() - M, "Page " + page + " of " + pages, 7).build(0);
    }

    @Override
    public Block trailer(GeneratedStatement s) {
        Block.Builder b = Block.builder().at(12);
        trailerLines(s).forEach(line -> b.bold(M + 6, line, 8).line(11));
        return b.build(2);
    }

    static Column col(String header, float left, float width, Align align) {
        return new Column(header, left, width, align);
    }

    /** Column edges from widths, starting at the margin. */
    static List<Column> columns(List<String> headers, List<Float> widths, List<Align> aligns) {
        List<Column> out = List.empty();
        float x = M;
        for (int i = 0; i < headers.size(); i++) {
            out = out.append(col(headers.get(i), x, widths.get(i), aligns.get(i)));
            x += widths.get(i);
        }
        return out;
    }
}
