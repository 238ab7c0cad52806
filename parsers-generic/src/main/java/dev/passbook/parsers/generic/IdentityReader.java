package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account holder as printed in labelled lines around the table. The address is the labelled
 * line plus the unlabelled lines below it that start where its value starts.
 */
final class IdentityReader {

    private static final Pattern ACCOUNT = Pattern.compile("(?<![A-Za-z0-9])([0-9Xx*][0-9Xx*-]{4,}[0-9])(?![0-9])");
    private static final Pattern MICR = Pattern.compile("(?<![0-9])([0-9]{9})(?![0-9])");
    private static final Pattern TOKEN = Pattern.compile("(\\S+)");
    /** How far left of the address value a continuation line may start, in points. */
    private static final double ADDRESS_INDENT_TOLERANCE = 3;

    private IdentityReader() {
    }

    /** None when no account number is printed: a statement nobody can attribute is not read. */
    static Option<Identity> read(List<Line> lines) {
        Option<String> account = first(lines, Label.ACCOUNT_NUMBER).flatMap(v -> find(ACCOUNT, v))
                .map(a -> a.replace("-", ""));
        if (account.isEmpty()) {
            return Option.none();
        }
        String name = first(lines, Label.NAME).getOrElse("");
        Option<String> ifsc = first(lines, Label.IFSC).flatMap(v -> Ifsc.findAll(v).headOption());
        Option<String> micr = first(lines, Label.MICR).flatMap(v -> find(MICR, v));
        Option<String> customerId = first(lines, Label.CUSTOMER_ID).flatMap(v -> find(TOKEN, v));
        Option<String> branch = first(lines, Label.BRANCH);
        return Option.some(new Identity(account.get(), name, address(lines), ifsc.map(s -> s.toUpperCase(Locale.ROOT)),
                micr, AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO, customerId, branch, Option.none(), "INR"));
    }

    /** The first value printed for {@code label} in {@code lines}. */
    static Option<String> first(List<Line> lines, Label label) {
        return lines.iterator().flatMap(l -> Label.read(l.text()).get(label)).headOption();
    }

    private static String address(List<Line> lines) {
        Option<Line> labelled = lines.find(l -> Label.read(l.text()).containsKey(Label.ADDRESS));
        if (labelled.isEmpty()) {
            return "";
        }
        String value = Label.read(labelled.get().text()).get(Label.ADDRESS).get();
        double valueX = valueX(labelled.get(), value);
        List<String> out = List.of(value);
        for (Line next : lines.dropUntil(l -> l == labelled.get()).drop(1)) {
            if (!Label.read(next.text()).isEmpty() || next.words().isEmpty()
                    || next.left() < valueX - ADDRESS_INDENT_TOLERANCE) {
                break;
            }
            out = out.append(next.text());
        }
        return out.mkString("\n");
    }

    /** Where {@code value} starts on {@code line}: the x of the word after the label's colon that opens it. */
    private static double valueX(Line line, String value) {
        String firstWord = value.split("\\s+")[0];
        List<Word> afterColon = line.words().dropUntil(w -> w.text().endsWith(":")).drop(1);
        return afterColon.find(w -> w.text().equals(firstWord)).orElse(afterColon.headOption())
                .map(Word::x).getOrElse(line.left());
    }

    private static Option<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Option.some(m.group(1).strip()) : Option.none();
    }
}
