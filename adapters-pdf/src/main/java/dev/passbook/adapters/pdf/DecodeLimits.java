package dev.passbook.adapters.pdf;

/**
 * Bounds on what PDFBox may decode and build while one document is read, each far above what a
 * bank statement needs and far below what a 256 MB heap can hold. Hitting any of them answers
 * {@code PDF_TOO_COMPLEX} naming the limit. {@code docs/pdf-reading.md} lists where each one is
 * checked and why its default is what it is.
 *
 * @param contentBytesPerPage      decoded content one page makes the parser read: its own streams and
 *                                 every drawing of every form XObject (bounds time more than memory:
 *                                 page content is inflated lazily)
 * @param bytesBetweenOperators    decoded content between two operators: one string literal, one
 *                                 inline image or one run of operands is built in memory whole
 * @param operatorsPerPage         operators executed for one page, forms and Type 3 glyphs included
 * @param glyphsPerPage            glyphs one page shows (each becomes a PDFBox TextPosition until the
 *                                 page ends)
 * @param glyphsPerDocument        glyphs the whole document shows (they end up in the returned model)
 * @param nestingDepth             depth of graphics-state saves ({@code q}) and marked-content
 *                                 sequences ({@code BMC}/{@code BDC}) that were never closed
 * @param streamBytes              decoded size of any one stream decoded through PDFBox's filters
 *                                 (fonts, CMaps, object streams, content arrays, filter chains); such
 *                                 streams are held in memory whole
 * @param xrefStreamBytes          decoded size of one cross-reference stream (each 5–7 byte entry
 *                                 becomes a map entry of about 100 bytes)
 * @param objectStreamBytes        decoded size of one object stream
 * @param characterMapBytes        decoded size of one ToUnicode or embedded CMap
 * @param characterMapEntries      mappings one CMap may define ({@code bfrange}s are expanded entry by
 *                                 entry by PDFBox)
 */
public record DecodeLimits(long contentBytesPerPage, long bytesBetweenOperators, long operatorsPerPage,
                           long glyphsPerPage, long glyphsPerDocument, int nestingDepth, long streamBytes,
                           long xrefStreamBytes, long objectStreamBytes, long characterMapBytes,
                           long characterMapEntries) {

    private static final long MB = 1024L * 1024;

    public DecodeLimits {
        if (contentBytesPerPage <= 0 || bytesBetweenOperators <= 0 || operatorsPerPage <= 0 || glyphsPerPage <= 0
                || glyphsPerDocument <= 0 || nestingDepth <= 0 || streamBytes <= 0 || xrefStreamBytes <= 0
                || objectStreamBytes <= 0 || characterMapBytes <= 0 || characterMapEntries <= 0) {
            throw new IllegalArgumentException("decode limits must be positive: " + this);
        }
    }

    /**
     * 256 MB of content per page, 4 MB between operators, 1,000,000 operators and 100,000 glyphs per
     * page, 4,000,000 glyphs per document, nesting 10,000, 32 MB per decoded stream (4 MB for
     * cross-reference streams and CMaps, 16 MB for object streams), 1,000,000 CMap entries.
     */
    public static DecodeLimits defaults() {
        return new DecodeLimits(256 * MB, 4 * MB, 1_000_000, 100_000, 4_000_000, 10_000, 32 * MB,
                4 * MB, 16 * MB, 4 * MB, 1_000_000);
    }

    /** The same limits with another content cap per page (tests use small ones). */
    public DecodeLimits withContentBytesPerPage(long bytes) {
        return new DecodeLimits(bytes, bytesBetweenOperators, operatorsPerPage, glyphsPerPage, glyphsPerDocument,
                nestingDepth, streamBytes, xrefStreamBytes, objectStreamBytes, characterMapBytes, characterMapEntries);
    }

    public DecodeLimits withStreamBytes(long bytes) {
        return new DecodeLimits(contentBytesPerPage, bytesBetweenOperators, operatorsPerPage, glyphsPerPage,
                glyphsPerDocument, nestingDepth, bytes, xrefStreamBytes, objectStreamBytes, characterMapBytes,
                characterMapEntries);
    }

    public DecodeLimits withGlyphs(long perPage, long perDocument) {
        return new DecodeLimits(contentBytesPerPage, bytesBetweenOperators, operatorsPerPage, perPage, perDocument,
                nestingDepth, streamBytes, xrefStreamBytes, objectStreamBytes, characterMapBytes, characterMapEntries);
    }
}
