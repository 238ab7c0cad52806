package dev.passbook.testkit.render;

/** A page size in points, e.g. HDFC legacy's 638 x 842, or a drifted 638.04 x 842.04 re-save. */
public record PageSize(float width, float height) {

    public static final PageSize A4 = new PageSize(595.28f, 841.89f);

    public PageSize {
        if (width < 200 || height < 200) {
            throw new IllegalArgumentException("page too small for a statement: " + width + " x " + height);
        }
    }
}
