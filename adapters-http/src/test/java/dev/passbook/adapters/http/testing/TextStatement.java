package dev.passbook.adapters.http.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A stand-in for a statement PDF that {@link TextDocumentReader} and {@link TextBankParser}
 * understand, so the HTTP tests exercise the adapter and the real core services without PDFBox.
 * Balances follow from the opening balance, so the statement reconciles.
 */
public final class TextStatement {

    private final List<String> header = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private BigDecimal balance = new BigDecimal("5000.00");

    private TextStatement(String bank) {
        if (bank != null) {
            header.add("BANK:" + bank);
        }
        header.add("ACCOUNT:50100111122223333");
        header.add("NAME:RAVI KUMAR");
        header.add("OPENING:" + balance.toPlainString());
    }

    public static TextStatement of(String bank) {
        return new TextStatement(bank);
    }

    public static TextStatement ofNoKnownBank() {
        return new TextStatement(null);
    }

    public TextStatement account(String number) {
        return set("ACCOUNT:", number);
    }

    public TextStatement category(String category) {
        return set("CATEGORY:", category);
    }

    public TextStatement period(String from, String to) {
        return set("PERIOD:", from + " " + to);
    }

    public TextStatement password(String password) {
        return set("PASSWORD:", password);
    }

    public TextStatement scanned() {
        header.add("SCANNED");
        return this;
    }

    public TextStatement unknownLayout() {
        header.add("LAYOUT:UNKNOWN");
        return this;
    }

    public TextStatement credit(String date, String amount, String note) {
        balance = balance.add(new BigDecimal(amount));
        rows.add("TXN:" + date + "|C|" + amount + "|" + balance.toPlainString() + "|" + note);
        return this;
    }

    public TextStatement debit(String date, String amount, String note) {
        balance = balance.subtract(new BigDecimal(amount));
        rows.add("TXN:" + date + "|D|" + amount + "|" + balance.toPlainString() + "|" + note);
        return this;
    }

    /** Row {@code index} (0-based) prints {@code printed} as its balance instead of the one that follows. */
    public TextStatement tamperBalance(int index, String printed) {
        String[] p = rows.get(index).split("\\|", 5);
        p[3] = printed;
        rows.set(index, String.join("|", p));
        return this;
    }

    public byte[] bytes() {
        List<String> all = new ArrayList<>();
        all.add(TextDocumentReader.MAGIC);
        all.addAll(header);
        all.addAll(rows);
        return (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes());
    }

    private TextStatement set(String key, String value) {
        header.removeIf(l -> l.startsWith(key));
        header.add(key + value);
        return this;
    }
}
