package dev.passbook.app.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Real PDFs for {@link LinesBankParser}, drawn with PDFBox: one line of text per row, balances
 * following from the opening balance. Synthetic data only.
 */
public final class PdfStatements {

    private final List<String> header = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private BigDecimal balance = new BigDecimal("10000.00");
    private String userPassword;

    private PdfStatements(String account) {
        header.add(LinesBankParser.MARKER);
        header.add("ACCOUNT NO " + account);
        header.add("NAME ANITA DESAI");
        header.add("ADDRESS 7 LAKE VIEW ROAD BENGALURU");
        header.add("OPENING " + balance.toPlainString());
    }

    public static PdfStatements account(String number) {
        return new PdfStatements(number);
    }

    public PdfStatements period(String from, String to) {
        header.add("PERIOD " + from + " " + to);
        return this;
    }

    public PdfStatements credit(String date, String amount, String note) {
        balance = balance.add(new BigDecimal(amount));
        rows.add("TXN " + date + " C " + amount + " " + balance.toPlainString() + " " + note);
        return this;
    }

    public PdfStatements debit(String date, String amount, String note) {
        balance = balance.subtract(new BigDecimal(amount));
        rows.add("TXN " + date + " D " + amount + " " + balance.toPlainString() + " " + note);
        return this;
    }

    /** Row {@code index} (0-based) prints {@code printed} as its balance instead of the one that follows. */
    public PdfStatements tamperBalance(int index, String printed) {
        String[] p = rows.get(index).split(" ", 6);
        p[4] = printed;
        rows.set(index, String.join(" ", p));
        return this;
    }

    /** Without the line that tells the test plugin the statement is its own: no installed parser recognises it. */
    public PdfStatements unrecognised() {
        header.remove(LinesBankParser.MARKER);
        return this;
    }

    public PdfStatements password(String password) {
        this.userPassword = password;
        return this;
    }

    public byte[] pdf() {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(rows);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                float y = 800;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(40, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 16;
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF holding only an image: a scan without a text layer. */
    public static byte[] scanned() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, x % 100, 0xffffff);
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xobject, 40, 500, 400, 200);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
