package dev.passbook.core.spi;

/**
 * The stage of reading a statement at which a refusal happened, in pipeline order. Shown by
 * {@code passbook check} and {@code passbook parse --explain} so a person knows what to fix.
 */
public enum ReadStage {
    /** The file could not be opened as a PDF within the limits. */
    OPEN("open"),
    /** The PDF needs a password, or the one given is wrong. */
    PASSWORD("password"),
    /** Pages carry images and no text (a scan). */
    IMAGE_ONLY("image-only"),
    /** Text is present but does not read as text (glyphs without a Unicode map). */
    TEXT_LAYER("text layer"),
    /** No installed parser recognised the bank, or it contradicts the bank the caller named. */
    BANK("bank detection"),
    /** The transaction table's header or columns were not found. */
    HEADER("header"),
    /** The table's rows could not be read, or read rows do not chain. */
    ROWS("rows"),
    /** The account holder's identity (account number above all) was not found. */
    IDENTITY("identity");

    private final String label;

    ReadStage(String label) {
        this.label = label;
    }

    /** How people call the stage, e.g. {@code bank detection}. */
    public String label() {
        return label;
    }
}
