package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Page;
import dev.passbook.core.document.PageFacts;

/** What one page yields: its lines for parsers and its facts for forensics. */
record PageText(Page page, PageFacts facts, int usableCharacters) {
}
