package dev.passbook.app;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations such as {@code 500ms}, {@code 30s}, {@code 2m} or {@code 45} (seconds). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern DURATION = Pattern.compile("^\\s*(\\d{1,9})\\s*(MS|S|M|H)?\\s*$");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        Matcher m = DURATION.matcher(value.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 500ms, 30s, 2m)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "S" : m.group(2);
        return switch (unit) {
            case "MS" -> Duration.ofMillis(n);
            case "M" -> Duration.ofMinutes(n);
            case "H" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
