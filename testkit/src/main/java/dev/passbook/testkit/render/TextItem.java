package dev.passbook.testkit.render;

/** One text run: {@code y} is its baseline measured down from the top of the block it belongs to. */
public record TextItem(float x, float y, String text, Align align, float size, boolean bold) {

    static TextItem left(float x, float y, String text, float size) {
        return new TextItem(x, y, text, Align.LEFT, size, false);
    }

    static TextItem right(float x, float y, String text, float size) {
        return new TextItem(x, y, text, Align.RIGHT, size, false);
    }

    TextItem asBold() {
        return new TextItem(x, y, text, align, size, true);
    }
}
