package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account holder as printed around the table, read from positioned lines (the text the parser
 * hands over: above the table header, page by page). Labelled fields are read by position with
 * {@link FieldReader} (labels with or without a colon, values beside, below or above them). Then:
 * <ul>
 *   <li>the account number: the first labelled value holding an account-number-shaped token; else
 *   the number after {@code Account}/{@code A/c} in a sentence ({@code … Savings Account 1234 in INR
 *   for the period …}, {@code Statement for A/c 1234 Between …});</li>
 *   <li>the holder name: a name label's value; else the name after the currency in an account-number
 *   value ({@code 1234(INR) - NAME}, {@code 1234 INR NAME}); else the unlabelled block at the top left
 *   of the first page (see {@link HolderBlock});</li>
 *   <li>the address: the address label's value and the lines continuing it below; else the rest of
 *   the unlabelled holder block;</li>
 *   <li>customer id, IFSC, MICR, branch and account opening date from their labels.</li>
 * </ul>
 * No account number, no identity: a statement nobody can attribute is not read. Nothing is guessed
 * from text that is not shaped like what it claims to be (an account number must hold four digits or
 * more and must not read as a date or an amount).
 */
final class IdentityReader {

    private static final Pattern ACCOUNT = Pattern.compile("(?<![A-Za-z0-9])([0-9Xx*][0-9Xx*-]{4,}[0-9])(?![0-9])");
    private static final Pattern ACCOUNT_IN_SENTENCE = Pattern.compile(
            "(?i)(?<![a-z/])(?:account|a/c|acct)\\.?(?:\\s*(?:no|number|num)\\.?)?\\s*(?:[:#-]\\s*)?"
                    + "([0-9Xx*][0-9Xx*-]{4,}[0-9])(?![0-9a-z/]|\\.[0-9])");
    private static final Pattern NAME_AFTER_ACCOUNT = Pattern.compile(
            "^[0-9Xx*-]+\\s*(?:\\(\\s*INR\\s*\\)|INR)\\s*-?\\s*(\\p{L}[\\p{L} .'&-]*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MICR = Pattern.compile("(?<![0-9])([0-9]{9})(?![0-9])");
    private static final Pattern CUSTOMER_ID = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z0-9*]*[0-9][A-Za-z0-9*]*)(?![A-Za-z0-9])");
    /** A wrapped name's next line: a few words without digits or colons ({@code PVT. LTD}). */
    private static final Pattern NAME_CONTINUATION = Pattern.compile("^[\\p{L}.,&'()-]+(?: [\\p{L}.,&'()-]+){0,4}$");
    private static final int MAX_ADDRESS_LINES = 6;

    private IdentityReader() {
    }

    /** None when no account number is printed: a statement nobody can attribute is not read. */
    static Option<Identity> read(List<Line> lines) {
        FieldReader fields = FieldReader.read(lines);
        Option<FieldReader.Field> accountField = fields.all(Label.ACCOUNT_NUMBER).find(f -> accountIn(f.value()).isDefined());
        Option<String> account = accountField.flatMap(f -> accountIn(f.value())).orElse(() -> inSentence(lines));
        if (account.isEmpty()) {
            return Option.none();
        }
        Option<String> name = labelledName(fields).orElse(() -> accountField.flatMap(f -> nameAfterAccount(f.value())));
        Option<HolderBlock> block = HolderBlock.find(lines, fields);
        if (name.isEmpty()) {
            name = block.map(HolderBlock::name);
        }
        Option<String> holder = name;
        String address = labelledAddress(fields)
                .orElse(() -> block.filter(b -> holder.exists(n -> n.equalsIgnoreCase(b.name()))).map(HolderBlock::address))
                .getOrElse("");
        Option<String> ifsc = ifsc(fields);
        Option<String> micr = fields.all(Label.MICR).iterator().flatMap(f -> find(MICR, f.value())).headOption();
        Option<String> customerId = fields.all(Label.CUSTOMER_ID).iterator().flatMap(f -> find(CUSTOMER_ID, f.value())).headOption();
        Option<String> branch = fields.all(Label.BRANCH).iterator().map(f -> clean(f.value()))
                .filter(v -> v.chars().anyMatch(Character::isLetter)).headOption();
        Option<LocalDate> opened = fields.all(Label.OPENING_DATE).iterator().flatMap(f -> date(f.value())).headOption();
        return Option.some(new Identity(account.get(), name.getOrElse(""), address, ifsc, micr, AccountCategory.INDIVIDUAL,
                Money.ZERO, Money.ZERO, customerId, branch, opened, "INR"));
    }

    /** The first value printed for {@code label} in {@code lines} as {@code Label : value} text (colon required). */
    static Option<String> first(List<Line> lines, Label label) {
        return lines.iterator().flatMap(l -> Label.read(l.text()).get(label)).headOption();
    }

    /** The account number in a labelled value: four digits or more, not a date, not an amount. */
    static Option<String> accountIn(String value) {
        Matcher m = ACCOUNT.matcher(value);
        while (m.find()) {
            Option<String> a = plausibleAccount(m.group(1));
            if (a.isDefined()) {
                return a;
            }
        }
        return Option.none();
    }

    /** {@code … Savings Account 1234 in INR …}, {@code Statement for A/c 1234 Between …}: the first such number. */
    static Option<String> inSentence(List<Line> lines) {
        for (Line line : lines) {
            Matcher m = ACCOUNT_IN_SENTENCE.matcher(line.text());
            while (m.find()) {
                Option<String> a = plausibleAccount(m.group(1));
                if (a.isDefined()) {
                    return a;
                }
            }
        }
        return Option.none();
    }

    private static Option<String> plausibleAccount(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        if (digits < 4 || StatementDates.find(candidate).nonEmpty() || Amounts.isAmount(candidate) && candidate.contains(".")) {
            return Option.none();
        }
        return Option.some(candidate.replace("-", ""));
    }

    private static Option<String> nameAfterAccount(String value) {
        Matcher m = NAME_AFTER_ACCOUNT.matcher(value.strip());
        return m.matches() ? Option.some(clean(m.group(1))).filter(IdentityReader::hasLetters) : Option.none();
    }

    private static Option<String> labelledName(FieldReader fields) {
        for (FieldReader.Field f : fields.all(Label.NAME)) {
            String value = clean(f.value());
            if (!hasLetters(value) || Amounts.isPlaceholder(value) || value.equalsIgnoreCase("NA")) {
                continue;
            }
            if (f.placement() == FieldReader.Placement.BESIDE) {
                for (String next : fields.continuation(f, 2, true)) {
                    if (!NAME_CONTINUATION.matcher(next).matches()) {
                        break;
                    }
                    value = value + " " + next;
                }
            }
            return Option.some(value);
        }
        return Option.none();
    }

    private static Option<String> labelledAddress(FieldReader fields) {
        for (FieldReader.Field f : fields.all(Label.ADDRESS)) {
            String value = clean(f.value());
            if (value.isEmpty() || Amounts.isPlaceholder(value)) {
                continue;
            }
            List<String> lines = List.of(value).appendAll(fields.continuation(f, MAX_ADDRESS_LINES, false));
            return Option.some(lines.mkString("\n"));
        }
        return Option.none();
    }

    /** The IFSC under its label; a code wrapped onto the next line of its cell is joined. */
    private static Option<String> ifsc(FieldReader fields) {
        for (FieldReader.Field f : fields.all(Label.IFSC)) {
            Option<String> code = Ifsc.findAll(f.value()).headOption();
            if (code.isEmpty()) {
                String joined = f.value().replace(" ", "") + fields.continuation(f, 1, true).mkString().replace(" ", "");
                code = Ifsc.isIfsc(joined) ? Option.some(joined) : Option.none();
            }
            if (code.isDefined()) {
                return code.map(c -> c.toUpperCase(Locale.ROOT));
            }
        }
        return Option.none();
    }

    private static Option<LocalDate> date(String value) {
        return StatementDates.parse(value).orElse(() -> StatementDates.find(value).headOption().map(StatementDates.Found::date));
    }

    private static String clean(String value) {
        String v = value.strip();
        while (!v.isEmpty() && (v.charAt(0) == ':' || v.charAt(0) == '-')) {
            v = v.substring(1).strip();
        }
        return v.replaceAll("\\s+", " ");
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static Option<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Option.some(m.group(1).strip()) : Option.none();
    }
}
