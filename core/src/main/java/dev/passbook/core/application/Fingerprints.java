package dev.passbook.core.application;

import dev.passbook.core.domain.Transaction;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identities Passbook derives from content, so that the same thing always gets the same id.
 *
 * <ul>
 * <li>account id: {@code UUID.nameUUIDFromBytes(UTF-8 of organisationId + "|" + bankId + "|" + accountNumber)}
 *     (a version-3 UUID), with the account number stripped of spaces; stable across uploads, sessions and
 *     restarts without a lookup table, and different for two organisations holding the same account;</li>
 * <li>file SHA-256: lower-case hex of the uploaded bytes (after base64 decoding);</li>
 * <li>content fingerprint: lower-case hex SHA-256 of the account id and, for every transaction in order,
 *     its date, type, amount, balance and normalised note, so a re-saved or re-printed copy of the same
 *     statement is recognised as a duplicate;</li>
 * <li>transaction hash: lower-case hex SHA-256 of account id, date, amount, balance and normalised note.</li>
 * </ul>
 * A normalised note is upper-case with every run of whitespace replaced by one space, trimmed.
 */
public final class Fingerprints {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    public static String accountId(String organisationId, String bankId, String accountNumber) {
        String key = organisationId + "|" + bankId + "|" + SPACES.matcher(accountNumber).replaceAll("");
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String contentFingerprint(String accountId, List<Transaction> transactions) {
        StringBuilder sb = new StringBuilder(accountId);
        for (Transaction t : transactions) {
            sb.append('\n').append(t.date()).append('|').append(t.type().wire()).append('|')
                    .append(plain(t.amount())).append('|').append(t.balance().map(Fingerprints::plain).getOrElse(""))
                    .append('|').append(normaliseNote(t.note()));
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Stable for the same account + date + amount + balance + note (API.md's transaction {@code hash}). */
    public static String transactionHash(String accountId, Transaction t) {
        String key = accountId + "|" + t.date() + "|" + plain(t.signedAmount()) + "|"
                + t.balance().map(Fingerprints::plain).getOrElse("") + "|" + normaliseNote(t.note());
        return sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    static String normaliseNote(String note) {
        return SPACES.matcher(note.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    // 100, 100.0 and 100.00 are the same amount
    private static String plain(BigDecimal value) {
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale())).toPlainString();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
