package dev.passbook.redact;

import dev.passbook.core.spi.support.Amounts;

import io.vavr.control.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prints a new magnitude in the place of the number inside a printed amount, keeping everything around it. */
final class MoneyText {

    private static final Pattern LEADING_POINT = Pattern.compile("^([^0-9.]*)\\.(?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+");

    private MoneyText() {
    }

    /** Words printed as amounts with a decimal point or a grouping comma (a bare integer may be anything). */
    static boolean moneyLike(String text) {
        return (text.indexOf('.') >= 0 || text.indexOf(',') >= 0) && magnitude(text).isDefined();
    }

    /** A word's amount, also when printed without the zero before its decimal point ({@code .99}, as cells do). */
    static Option<BigDecimal> magnitude(String text) {
        Option<Amounts.Amount> a = Amounts.parse(text);
        if (a.isEmpty()) {
            a = Amounts.parse(LEADING_POINT.matcher(text).replaceFirst("$10."));
        }
        return a.map(Amounts.Amount::magnitude);
    }

    /** The digits after the decimal point of the printed number (0 when none). */
    static int decimals(String printed) {
        Matcher m = NUMBER.matcher(printed);
        if (!m.find()) {
            return 0;
        }
        String core = m.group();
        int dot = core.indexOf('.');
        return dot < 0 ? 0 : core.length() - dot - 1;
    }

    /**
     * INDIAN or WESTERN when the printed number shows which, else NONE: three or more groups tell by the
     * second group's size; two groups tell when the first has three digits ({@code 999,999} is western, an
     * Indian print would be {@code 9,99,999}).
     */
    static Amounts.Grouping shownGrouping(String printed) {
        Matcher m = NUMBER.matcher(printed);
        if (!m.find()) {
            return Amounts.Grouping.NONE;
        }
        String whole = m.group().split("\\.", -1)[0];
        String[] groups = whole.split(",", -1);
        if (groups.length == 2 && groups[0].length() == 3 && groups[1].length() == 3) {
            return Amounts.Grouping.WESTERN;
        }
        if (groups.length < 3) {
            return Amounts.Grouping.NONE;
        }
        return groups[1].length() == 2 ? Amounts.Grouping.INDIAN : Amounts.Grouping.WESTERN;
    }

    /** {@code printed} with its number replaced by {@code magnitude}, same decimals and grouping style. */
    static String replace(String printed, BigDecimal magnitude, Amounts.Grouping documentGrouping) {
        Matcher m = NUMBER.matcher(printed);
        if (!m.find()) {
            return printed;
        }
        String core = m.group();
        int decimals = decimals(core);
        String plain = magnitude.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String fraction = plain.contains(".") ? plain.substring(plain.indexOf('.')) : "";
        if (core.indexOf(',') >= 0) {
            Amounts.Grouping shown = shownGrouping(core);
            whole = group(whole, shown != Amounts.Grouping.NONE ? shown
                    : documentGrouping != Amounts.Grouping.NONE ? documentGrouping : Amounts.Grouping.INDIAN);
        }
        if (core.startsWith(".") && whole.equals("0")) {
            whole = "";
        }
        return printed.substring(0, m.start()) + whole + fraction + printed.substring(m.end());
    }

    static String group(String whole, Amounts.Grouping grouping) {
        if (whole.length() <= 3 || grouping == Amounts.Grouping.NONE) {
            return whole;
        }
        StringBuilder b = new StringBuilder(whole.substring(whole.length() - 3));
        int i = whole.length() - 3;
        int size = grouping == Amounts.Grouping.INDIAN ? 2 : 3;
        while (i > 0) {
            int from = Math.max(0, i - size);
            b.insert(0, whole.substring(from, i) + ",");
            i = from;
        }
        return b.toString();
    }

    /** The printed digits only: {@code 1,23,456.78Cr} is {@code 12345678}. */
    static String digits(String printed) {
        return printed.replaceAll("[^0-9]", "");
    }
}
