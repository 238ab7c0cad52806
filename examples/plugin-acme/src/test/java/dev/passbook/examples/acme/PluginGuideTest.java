package dev.passbook.examples.acme;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/plugin-guide.md quotes this module: every code block announced by
 * {@code <!-- snippet: path#tag -->} must be, line for line, the region between the lines marked
 * {@code tag::tag[]} and {@code end::tag[]} of that file (in a comment: {@code //} or {@code <!-- -->}). Change the code and the guide must follow, or this fails.
 */
class PluginGuideTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path GUIDE = MODULE.resolve("../../docs/plugin-guide.md").normalize();
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\s*\\n```(?:java|xml)\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void everyCodeBlockOfTheGuideIsTheExamplesCode() throws IOException {
        String guide = Files.readString(GUIDE);
        Matcher m = SNIPPET.matcher(guide);
        int quoted = 0;
        while (m.find()) {
            String region = region(Files.readString(MODULE.resolve(m.group(1))), m.group(2), m.group(1));
            assertEquals(region, m.group(3), "the guide's snippet " + m.group(1) + "#" + m.group(2)
                    + " differs from the example's code");
            quoted++;
        }
        assertTrue(quoted >= 6, "the guide quotes only " + quoted + " snippets of the example");
        assertEquals(quoted, count(guide, "```java") + count(guide, "```xml"),
                "a code block of the guide is not a snippet of the example");
    }

    @Test
    void aSnippetThatDriftedIsCaught() {
        String source = "class A {\n    // tag::x[]\n    int a = 1;\n    // end::x[]\n}\n";
        assertEquals("int a = 1;\n", region(source, "x", "A.java"));
        assertTrue(!region(source, "x", "A.java").equals("int a = 2;\n"));
    }

    /** The lines between the tag's markers, with the indentation they share removed. */
    static String region(String source, String tag, String file) {
        List<String> lines = List.of(source.split("\n", -1));
        int start = lines.indexWhere(l -> l.contains("tag::" + tag + "[]"));
        int end = lines.indexWhere(l -> l.contains("end::" + tag + "[]"));
        assertTrue(start >= 0 && end > start, "no region '" + tag + "' in " + file);
        List<String> body = lines.subSequence(start + 1, end);
        int indent = body.filter(l -> !l.isBlank()).map(l -> l.length() - l.stripLeading().length()).min().getOrElse(0);
        return body.map(l -> l.isBlank() ? "" : l.substring(indent)).mkString("", "\n", "\n");
    }

    private static int count(String text, String what) {
        return (text.length() - text.replace(what, "").length()) / what.length();
    }
}
