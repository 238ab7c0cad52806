package dev.passbook.testkit;

import io.vavr.collection.List;

/**
 * How a layout breaks a long narration over several printed lines, and how a reader puts it back.
 * {@link #cut} is HDFC's habit: fixed character width, cut mid-word, lines joined without a space.
 * {@link #words} breaks between words and lines are joined with one space.
 *
 * <p>{@link #fit} adjusts a narration so that {@code join(wrap(fit(s))) == fit(s)} holds exactly:
 * the generator stores the fitted text as the truth, i.e. the narration as a reader can recover it.
 */
public record NarrationWrap(int width, boolean midWord) {

    public NarrationWrap {
        if (width < 4) {
            throw new IllegalArgumentException("width too small: " + width);
        }
    }

    public static NarrationWrap cut(int width) {
        return new NarrationWrap(width, true);
    }

    public static NarrationWrap words(int width) {
        return new NarrationWrap(width, false);
    }

    /** The printed lines of {@code note} (already fitted). */
    public List<String> wrap(String note) {
        return midWord ? cutLines(note) : wordLines(note);
    }

    /** The narration a reader gets back from printed lines. */
    public String join(List<String> lines) {
        return lines.mkString(midWord ? "" : " ");
    }

    /**
     * The narration with single spaces, no space on either side of a cut (text extraction loses such
     * spaces, so they cannot be part of the truth), and, for word wrapping, words longer than a line
     * split into line-sized pieces.
     */
    public String fit(String note) {
        String s = note.strip().replaceAll("\\s+", " ");
        if (midWord) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int k = width; k < s.length(); k += width) {
                    if (s.charAt(k - 1) == ' ') {
                        s = s.substring(0, k - 1) + s.substring(k);
                        changed = true;
                        break;
                    }
                    if (s.charAt(k) == ' ') {
                        s = s.substring(0, k) + s.substring(k + 1);
                        changed = true;
                        break;
                    }
                }
            }
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            for (int i = 0; i < word.length(); i += width) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word, i, Math.min(word.length(), i + width));
            }
        }
        return out.toString();
    }

    private List<String> cutLines(String s) {
        List<String> lines = List.empty();
        for (int i = 0; i < s.length(); i += width) {
            lines = lines.append(s.substring(i, Math.min(s.length(), i + width)));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private List<String> wordLines(String s) {
        List<String> lines = List.empty();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines = lines.append(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        return lines.append(line.toString());
    }
}
