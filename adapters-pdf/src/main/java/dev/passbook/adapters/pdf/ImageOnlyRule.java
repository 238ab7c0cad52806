package dev.passbook.adapters.pdf;

/**
 * Decides whether a document is a scan. A page is image-only when it draws images but carries fewer
 * than {@link PageCollector#USABLE_TEXT_MIN_CHARS} non-blank characters (OCR crumbs, a lone page
 * number). The document is rejected when it has no usable text at all, or when image-only pages are
 * more than half of the pages that show anything; one scanned page (a signed cover, a cheque image)
 * in a statement with a text layer does not reject it.
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
