package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Page;
import dev.passbook.core.document.PageFacts;

/**
 * What one page yields: its lines for parsers and its facts for forensics. {@code unreadable} when
 * PDFBox stopped reading one of the page's content streams before its end (a syntax error it gave up
 * on), so that the lines may be missing some of what the page shows.
 */
record PageText(Page page, PageFacts facts, int usableCharacters, boolean unreadable) {
}
