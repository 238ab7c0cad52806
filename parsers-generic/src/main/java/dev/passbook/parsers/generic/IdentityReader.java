package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
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

    private static final Pattern ACCOUNT = Pattern.compile("(?<![A-Za-z0-9])([0-9Xx*][0-9Xx* -]{4,}[0-9])(?![0-9])");
    private static final Pattern MICR = Pattern.compile("(?<![0-9])([0-9]{9})(?![0-9])");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** How far left of the address value a continuation line may start, in points. */
    private static final double ADDRESS_INDENT_TOLERANCE = 3;

    private IdentityReader() {
    }

    /** None when no account number is printed: a statement nobody can attribute is not read. */
    static Option<Identity> read(List<Line> lines) {
        Option<String> account = LabelledFields.first(lines, Label.ACCOUNT_NUMBER).flatMap(f -> find(ACCOUNT, f.value()))
                .map(a -> a.replaceAll("[ -]", ""));
        if (account.isEmpty()) {
            return Option.none();
        }
        String name = LabelledFields.first(lines, Label.NAME).map(LabelledFields.Field::value).getOrElse("");
        Option<String> ifsc = LabelledFields.first(lines, Label.IFSC).flatMap(f -> Ifsc.findAll(f.value()).headOption());
        Option<String> micr = LabelledFields.first(lines, Label.MICR).flatMap(f -> find(MICR, f.value()));
        Option<String> customerId = LabelledFields.first(lines, Label.CUSTOMER_ID).flatMap(f -> find(TOKEN, f.value()));
        Option<String> branch = LabelledFields.first(lines, Label.BRANCH).map(LabelledFields.Field::value);
        return Option.some(new Identity(account.get(), name, address(lines), ifsc.map(s -> s.toUpperCase(Locale.ROOT)),
                micr, AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO, customerId, branch, Option.none(), "INR"));
    }

    private static String address(List<Line> lines) {
        Option<LabelledFields.Field> label = LabelledFields.first(lines, Label.ADDRESS);
        if (label.isEmpty()) {
            return "";
        }
        LabelledFields.Field f = label.get();
        List<String> out = List.of(f.value());
        for (Line next : lines.dropUntil(l -> l == f.line()).drop(1)) {
            boolean labelled = !LabelledFields.of(next).isEmpty();
            if (labelled || next.words().isEmpty() || next.left() < f.valueX() - ADDRESS_INDENT_TOLERANCE) {
                break;
            }
            out = out.append(next.text());
        }
        return out.mkString("\n");
    }

    private static Option<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Option.some(m.group(m.groupCount() > 0 ? 1 : 0).strip()) : Option.none();
    }
}
