package dev.passbook.app.check;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a file is named in a report. File names often carry account, customer or phone numbers, so
 * without {@code --show-data} every run of five or more digits is masked as account numbers are
 * (all but the last four replaced by {@code X}); the rest of the path is printed as given.
 */
final class FileLabel {

    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{5,}");

    private FileLabel() {
    }

    static String of(Path path, boolean showData) {
        String text = path.toString();
        if (showData) {
            return text;
        }
        Matcher m = LONG_DIGITS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(sb, "X".repeat(digits.length() - 4) + digits.substring(digits.length() - 4));
        }
        return m.appendTail(sb).toString();
    }
}
