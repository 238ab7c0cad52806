package dev.passbook.adapters.pdf;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import java.io.IOException;

/**
 * The same page (same dictionary) whose content stream is read through {@link BoundedContent}.
 * Resources come from the original page so PDFBox's document-wide font cache keeps working.
 */
final class BoundedPage extends PDPage {

    private final PDPage page;
    private final ContentMeter meter;

    BoundedPage(PDPage page, ContentMeter meter) {
        super(page.getCOSObject());
        this.page = page;
        this.meter = meter;
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
        return BoundedContent.of(page.getContentsForStreamParsing(), meter);
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }
}
