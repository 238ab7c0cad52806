package dev.passbook.adapters.http.fetch;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names made only of numbers that are not a plain dotted-decimal IPv4 address:
 * {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 2130706433}, {@code 127.1}, {@code 127.0.0.1.}.
 * C resolvers (inet_aton) read them as addresses, octal and hex included; Java reads some as
 * different addresses ({@code 0177.0.0.1} as 177.0.0.1) and passes others to the resolver. Checking
 * one reading while another one connects is how SSRF filters are bypassed, so such hosts are refused
 * outright: no real server needs one.
 */
final class AmbiguousHost {

    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern CANONICAL_OCTET = Pattern.compile("(0|[1-9][0-9]{0,2})");

    private AmbiguousHost() {
    }

    static boolean isAmbiguous(String host) {
        if (host == null || host.startsWith("[") || host.contains(":")) {
            return false; // IPv6 literals are parsed strictly by the JDK
        }
        String h = host.toLowerCase(Locale.ROOT);
        String[] labels = h.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            if (!label.isEmpty() && !NUMERIC_LABEL.matcher(label).matches()) {
                numeric = false;
                break;
            }
        }
        if (!numeric) {
            return false;
        }
        if (labels.length != 4) {
            return true;
        }
        for (String label : labels) {
            if (!CANONICAL_OCTET.matcher(label).matches() || Integer.parseInt(label) > 255) {
                return true;
            }
        }
        return false;
    }
}
