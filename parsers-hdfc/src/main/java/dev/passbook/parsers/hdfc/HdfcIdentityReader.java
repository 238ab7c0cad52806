package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import dev.passbook.core.spi.support.table.LabelledFields;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The header block of page 1: the holder on the left (name, address lines, then {@code JOINT HOLDERS :}),
 * labelled account fields on the right, sharing baselines with the left block; then the period line.
 * The two blocks are told apart by x: everything from the {@code Account Branch} label rightwards is the
 * field column.
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
            CURRENCY, "Email", CUST_ID, ACCOUNT_NO, ACCOUNT_NUMBER, OPEN_DATE, "Account Status", IFSC, "IFSC", MICR,
            "Branch Code", "Product Code");

    /** What the header block says. */
    record Header(Identity identity, Option<DateRange> period, String product) {
    }

    private HdfcIdentityReader() {
    }

    static Either<String, Header> read(Page page) {
        List<Line> lines = page.lines();
        int first = lines.indexWhere(l -> LabelledFields.read(l.text(), List.of(BRANCH)).nonEmpty());
        if (first < 0) {
            return Either.left("no '" + BRANCH + " :' label on page " + page.number());
        }
        double split = labelX(lines.get(first));
        int end = lines.indexWhere(HdfcText::isPeriodOrTitleLine, first);
        if (end < 0) {
            return Either.left("no period line below the header block");
        }
        List<Line> block = lines.slice(first, end);
        List<String> left = block.map(l -> text(l.words().filter(w -> w.x() < split - 0.5)));
        Map<String, String> fields = block.map(l -> LabelledFields.read(text(l.words().filter(w -> w.x() >= split - 0.5)), LABELS))
                .foldLeft(io.vavr.collection.LinkedHashMap.<String, String>empty(),
                        (acc, m) -> m.foldLeft(acc, (a, e) -> a.containsKey(e._1) ? a : a.put(e)));

        String name = left.head();
        if (name.isEmpty()) {
            return Either.left("no holder name left of the account fields");
        }
        List<String> address = left.tail().takeWhile(s -> !s.isEmpty() && !startsWithLabel(s, "JOINT HOLDERS")
                && !startsWithLabel(s, "Nomination"));
        String accountLine = fields.get(ACCOUNT_NO).orElse(fields.get(ACCOUNT_NUMBER)).getOrElse("");
        String[] accountParts = accountLine.split("\\s+", 2);
        String account = accountParts[0];
        if (!account.matches("[0-9A-Za-z]{6,20}")) {
            return Either.left("no account number in the header block");
        }
        String product = accountParts.length > 1 ? accountParts[1].strip() : "";
        Option<BigDecimal> od = fields.get(OD_LIMIT).orElse(fields.get(LIMIT)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Amounts::parseSigned).getOrElse(Option.some(Money.ZERO));
        if (od.isEmpty()) {
            return Either.left("OD limit unreadable: " + fields.get(OD_LIMIT).orElse(fields.get(LIMIT)).getOrElse(""));
        }
        Option<String> openText = fields.get(OPEN_DATE).filter(s -> !s.isEmpty());
        Option<LocalDate> opened = openText.flatMap(StatementDates::parse);
        if (openText.isDefined() && opened.isEmpty()) {
            return Either.left("account opening date unreadable: " + openText.get());
        }
        Identity identity = new Identity(account, name, address.map(a -> a.replaceAll(",+$", "").strip()).mkString(", "),
                word(fields.get(IFSC).orElse(fields.get("IFSC"))).map(s -> s.toUpperCase(Locale.ROOT)),
                word(fields.get(MICR)), AccountCategories.of(name, product), Money.ZERO, od.get(), word(fields.get(CUST_ID)),
                fields.get(BRANCH).filter(s -> !s.isEmpty()), opened,
                word(fields.get(CURRENCY)).getOrElse("INR").toUpperCase(Locale.ROOT));
        return period(lines.get(end)).map(p -> new Header(identity, p, product));
    }

    /** The declared period, in either date form; Left when printed but not a real range. */
    static Either<String, Option<DateRange>> period(Line line) {
        Matcher m = HdfcText.PERIOD.matcher(line.text());
        if (!m.find()) {
            return Either.right(Option.none());
        }
        Option<LocalDate> from = StatementDates.parse(m.group(1));
        Option<LocalDate> to = StatementDates.parse(m.group(2));
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Either.left("period unreadable: " + m.group());
        }
        return Either.right(Option.some(DateRange.of(from.get(), to.get())));
    }

    private static double labelX(Line line) {
        List<Word> words = line.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equalsIgnoreCase("Account") && words.get(i + 1).text().toLowerCase(Locale.ROOT).startsWith("branch")) {
                return words.get(i).x();
            }
        }
        return words.find(w -> w.text().equalsIgnoreCase("Account")).map(Word::x).getOrElse(0.0);
    }

    private static boolean startsWithLabel(String s, String label) {
        return HdfcText.squeeze(s).startsWith(HdfcText.squeeze(label));
    }

    private static String text(List<Word> words) {
        return words.map(Word::text).mkString(" ").strip();
    }

    /** The first word of a value (IFSC, MICR and ids never contain spaces). */
    private static Option<String> word(Option<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.split("\\s+")[0]);
    }
}
