package dev.passbook.adapters.pdf;

/**
 * Decides whether a document is a scan. A page is image-only when it draws images but carries fewer
 * than {@link PageCollector#USABLE_TEXT_MIN_CHARS} non-blank characters (OCR crumbs, a lone page
 * number). A text page is any other page with at least one non-blank character. The document is
 * rejected when it has no text page at all (a scan, or text drawn as vector outlines), or when
 * image-only pages outnumber text pages; one scanned page (a signed cover, a cheque image) in a
 * statement with a text layer does not reject it. Blank pages count for neither side.
 */
final class ImageOnlyRule {

    private ImageOnlyRule() {
    }

    static boolean rejects(int textPages, int imageOnlyPages) {
        if (textPages == 0) {
            return true;
        }
        return imageOnlyPages * 2 > textPages + imageOnlyPages;
    }
}
