package dev.passbook.app.robustness;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A real, text-layer PDF in a deliberately trivial layout that {@link LedgerParser} reads, so the
 * robustness tests exercise the real PDF reader, persistence and HTTP stack without depending on a
 * bank parser. Every statement reconciles: balances follow from the opening balance.
 */
final class LedgerPdf {

    static final String MARKER = "PASSBOOK-LEDGER";
    private static final int ROWS_PER_PAGE = 50;

    private LedgerPdf() {
    }

    /** A statement of {@code rows} transactions for {@code account}; {@code salt} makes the content unique. */
    static byte[] statement(String account, int rows, String salt, String password) {
        return statement(MARKER, "ACCOUNT ", account, rows, salt, password);
    }

    /**
     * The same statement with the marker and account label of the app module's test plugin
     * ({@code dev.passbook.app.testing.LinesBankParser}, found by ServiceLoader), for a child
     * process that runs the real {@code passbook serve}.
     */
    static byte[] fakebankStatement(String account, int rows, String salt, String password) {
        return statement(dev.passbook.app.testing.LinesBankParser.MARKER, "ACCOUNT NO ", account, rows, salt, password);
    }

    private static byte[] statement(String marker, String accountLabel, String account, int rows, String salt, String password) {
        List<String> lines = new ArrayList<>();
        lines.add(marker);
        lines.add(accountLabel + account);
        lines.add("NAME RAVI KUMAR");
        BigDecimal balance = new BigDecimal("5000.00");
        lines.add("OPENING " + balance.toPlainString());
        LocalDate day = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < rows; i++) {
            boolean credit = i % 3 != 1;
            BigDecimal amount = new BigDecimal(100 + (i * 37) % 900).add(new BigDecimal("0.25"));
            balance = credit ? balance.add(amount) : balance.subtract(amount);
            lines.add("TXN " + day.plusDays(i % 80) + " " + (credit ? "C" : "D") + " " + amount.toPlainString() + " "
                    + balance.toPlainString() + " UPI PAYMENT " + salt + " ROW" + i);
        }
        return render(lines, password);
    }

    static byte[] statement(String account, int rows, String salt) {
        return statement(account, rows, salt, null);
    }

    private static byte[] render(List<String> lines, String password) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += ROWS_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(15);
                    cs.newLineAtOffset(30, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + ROWS_PER_PAGE))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
