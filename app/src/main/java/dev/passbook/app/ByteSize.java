package dev.passbook.app;

import picocli.CommandLine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads sizes such as {@code 26214400}, {@code 512KB}, {@code 25MB} or {@code 1GB} (binary multiples). */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("^\\s*(\\d{1,12})\\s*(B|KB|K|MB|M|GB|G)?\\s*$");

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        Matcher m = SIZE.matcher(value.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 26214400, 512KB, 25MB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        long size = switch (unit) {
            case "KB", "K" -> n * 1024;
            case "MB", "M" -> n * 1024 * 1024;
            case "GB", "G" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
        if (size <= 0) {
            throw new CommandLine.TypeConversionException("size must be positive: " + value);
        }
        return size;
    }
}
