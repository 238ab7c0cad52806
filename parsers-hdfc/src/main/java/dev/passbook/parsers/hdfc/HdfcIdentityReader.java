package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import dev.passbook.core.spi.support.LabelledFields;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The header block above the table on page 1. Labelled account fields stand in a column on the right,
 * starting at the {@code Account Branch} label; the holder block (name, address lines, {@code JOINT
 * HOLDERS}, {@code Nomination}) stands on the left, on baselines of its own. The two are told apart by x,
 * not by line. A label printed a point or two off its value's baseline ({@code Account number} over
 * {@code : 5010...}) is joined with it. The period line ({@code From : ... To : ...} or {@code Statement
 * From : ...}) may stand anywhere in the block. A NetBanking page print has no such block, only
 * {@code Savings Account No.: N , BRANCH} above its table.
 */
final class HdfcIdentityReader {

    static final String BRANCH = "Account Branch";
    static final String ACCOUNT_NO = "Account No";
    static final String ACCOUNT_NUMBER = "Account Number";
    static final String OD_LIMIT = "OD Limit";
    static final String LIMIT = "Limit";
    static final String CURRENCY = "Currency";
    static final String CUST_ID = "Cust ID";
    static final String OPEN_DATE = "A/C Open Date";
    static final String IFSC = "RTGS/NEFT IFSC";
    static final String MICR = "MICR";
    private static final List<String> LABELS = List.of(BRANCH, "Address", "City", "State", "Phone no.", OD_LIMIT, LIMIT,
            CURRENCY, "Email", CUST_ID, ACCOUNT_NO, ACCOUNT_NUMBER, "Account No.", OPEN_DATE, "Account Status", IFSC, "IFSC",
            MICR, "Branch Code", "Product Code", "Pr.Code", "Br.Code", "Expected AMB", "Account Type");
    /** Baselines this close (pt) are one line of the field column. */
    private static final double OFF_BASELINE = 3;

    /** What the header block says. */
    record Header(Identity identity, Option<DateRange> period, String product) {
    }

    private HdfcIdentityReader() {
    }

    /** @param above the lines of page 1 above the table header */
    static Either<String, Header> read(List<Line> above) {
        Either<String, Option<DateRange>> period = period(above);
        if (period.isLeft()) {
            return Either.left(period.getLeft());
        }
        Option<Double> split = above.iterator().flatMap(l -> labelX(l)).headOption();
        if (split.isEmpty()) {
            return netbankingPrint(above, period.get());
        }
        double x = split.get() - 0.5;
        int first = above.indexWhere(l -> labelX(l).isDefined());
        List<Line> block = above.drop(first);
        Map<String, String> fields = fields(block.map(l -> l.words().filter(w -> w.x() >= x)).filter(ws -> !ws.isEmpty()));
        List<String> left = block.map(l -> text(l.words().filter(w -> w.x() < x))).filter(s -> !s.isEmpty());
        if (left.isEmpty() || startsWithAny(left.head(), "JOINT HOLDERS", "Nomination") || HdfcText.PERIOD.matcher(left.head()).find()) {
            return Either.left("no holder name left of the account fields");
        }
        String name = left.head();
        List<String> address = left.tail().takeWhile(s -> !startsWithAny(s, "JOINT HOLDERS", "Nomination")
                && !HdfcText.PERIOD.matcher(s).find() && !startsWithAny(s, "Statement of account"));
        String accountLine = fields.get(ACCOUNT_NO).orElse(fields.get(ACCOUNT_NUMBER)).getOrElse("");
        String[] accountParts = accountLine.split("\\s+", 2);
        String account = accountParts[0];
        if (!account.matches("[0-9A-Za-z]{6,20}")) {
            return Either.left("no account number in the header block");
        }
        String product = accountParts.length > 1 ? accountParts[1].strip() : "";
        Option<String> odText = fields.get(OD_LIMIT).orElse(fields.get(LIMIT)).map(String::strip).filter(s -> !s.isEmpty());
        Option<BigDecimal> od = odText.isEmpty() ? Option.some(Money.ZERO) : odText.flatMap(s -> Amounts.parseSigned(s.split("\\s+")[0]));
        if (od.isEmpty()) {
            return Either.left("OD limit unreadable");
        }
        Option<String> openText = word(fields.get(OPEN_DATE));
        Option<LocalDate> opened = openText.flatMap(StatementDates::parse);
        if (openText.isDefined() && opened.isEmpty()) {
            return Either.left("account opening date unreadable");
        }
        Identity identity = new Identity(account, name, address.map(a -> a.replaceAll(",+$", "").strip()).mkString(", "),
                word(fields.get(IFSC).orElse(fields.get("IFSC"))).map(s -> s.toUpperCase(Locale.ROOT)),
                word(fields.get(MICR)).map(s -> s.replaceFirst("^:", "")), AccountCategories.of(name, product), Money.ZERO,
                od.get(), word(fields.get(CUST_ID)), fields.get(BRANCH).filter(s -> !s.isEmpty()), opened,
                word(fields.get(CURRENCY)).getOrElse("INR").toUpperCase(Locale.ROOT));
        return Either.right(new Header(identity, period.get(), product));
    }

    /**
     * The field column's {@code Label : value} pairs. A piece holding only a label (no colon) and a piece
     * within {@link #OFF_BASELINE} pt starting with the colon are one field, whichever is printed higher.
     */
    private static Map<String, String> fields(List<List<Word>> pieces) {
        String[] texts = new String[pieces.size()];
        boolean[] used = new boolean[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            texts[i] = text(pieces.get(i));
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (texts[i].contains(":")) {
                continue;
            }
            for (int j = Math.max(0, i - 1); j <= Math.min(pieces.size() - 1, i + 1); j++) {
                if (j != i && !used[j] && texts[j].startsWith(":")
                        && Math.abs(pieces.get(j).head().y() - pieces.get(i).head().y()) <= OFF_BASELINE) {
                    texts[i] = texts[i] + " " + texts[j];
                    texts[j] = "";
                    used[j] = true;
                    break;
                }
            }
        }
        Map<String, String> out = LinkedHashMap.empty();
        for (String t : texts) {
            for (var e : LabelledFields.read(t, LABELS)) {
                if (!out.containsKey(e._1)) {
                    out = out.put(e);
                }
            }
        }
        return out;
    }

    /** {@code Savings Account No.: N , BRANCH}: the account number and branch a NetBanking print shows. */
    private static Either<String, Header> netbankingPrint(List<Line> above, Option<DateRange> period) {
        for (Line line : above) {
            Map<String, String> f = LabelledFields.read(line.text(), List.of("Account No.", ACCOUNT_NO, ACCOUNT_NUMBER));
            Option<String> value = f.values().headOption();
            if (value.isDefined()) {
                String[] parts = value.get().split("\\s*,\\s*", 2);
                String account = parts[0].strip();
                if (!account.matches("[0-9A-Za-z]{6,20}")) {
                    continue;
                }
                String product = text(line.words()).replaceFirst("(?i)\\s*Account\\s+No.*$", "");
                Identity identity = new Identity(account, "", "", Option.none(), Option.none(),
                        AccountCategories.of("", product), Money.ZERO, Money.ZERO, Option.none(),
                        Option.of(parts.length > 1 ? parts[1].strip() : null).filter(s -> !s.isEmpty()), Option.none(), "INR");
                return Either.right(new Header(identity, period, product));
            }
        }
        return Either.left("no 'Account Branch :' label and no account number above the table");
    }

    /** The declared period, in either date form, wherever it stands; Left when printed but not a real range. */
    static Either<String, Option<DateRange>> period(List<Line> lines) {
        for (Line line : lines) {
            Matcher m = HdfcText.PERIOD.matcher(line.text());
            if (m.find()) {
                Option<LocalDate> from = StatementDates.parse(m.group(1));
                Option<LocalDate> to = StatementDates.parse(m.group(2));
                if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
                    return Either.left("period unreadable");
                }
                return Either.right(Option.some(DateRange.of(from.get(), to.get())));
            }
        }
        return Either.right(Option.none());
    }

    /** The x of an {@code Account Branch} label on this line. */
    private static Option<Double> labelX(Line line) {
        List<Word> words = line.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equalsIgnoreCase("Account") && words.get(i + 1).text().toLowerCase(Locale.ROOT).startsWith("branch")) {
                return Option.some(words.get(i).x());
            }
        }
        return Option.none();
    }

    private static boolean startsWithAny(String s, String... labels) {
        String k = HdfcText.squeeze(s);
        return List.of(labels).exists(l -> k.startsWith(HdfcText.squeeze(l)));
    }

    private static String text(List<Word> words) {
        return words.map(Word::text).mkString(" ").strip();
    }

    /** The first word of a value (IFSC, MICR, dates and ids never contain spaces). */
    private static Option<String> word(Option<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.split("\\s+")[0]);
    }
}
