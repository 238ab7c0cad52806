package dev.passbook.adapters.pdf;

/**
 * Decides whether a document is a scan. A page is image-only when it draws images but carries fewer
 * than {@link PageCollector#USABLE_TEXT_MIN_CHARS} non-blank characters (OCR crumbs, a lone page
 * number). A text page is any other page with at least one non-blank character. The document is
 * rejected when it has image-only pages and no text page, or when image-only pages outnumber text
 * pages; one scanned page (a signed cover, a cheque image) in a statement with a text layer does not
 * reject it. Blank pages count for neither side.
 *
 * <p>A document with neither text nor image-only pages (blank, text drawn as vector outlines, or
 * content PDFBox could not read) is not a scan: {@link #nothingToRead} says so, and the reader
 * answers {@code INVALID_FILE_OBJECT} for it.
 */
final class ImageOnlyRule {

    private ImageOnlyRule() {
    }

    static boolean rejects(int textPages, int imageOnlyPages) {
        if (imageOnlyPages == 0) {
            return false;
        }
        return textPages == 0 || imageOnlyPages * 2 > textPages + imageOnlyPages;
    }

    static boolean nothingToRead(int textPages, int imageOnlyPages) {
        return textPages == 0 && imageOnlyPages == 0;
    }
}
