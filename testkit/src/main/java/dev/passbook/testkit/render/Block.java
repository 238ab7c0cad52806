package dev.passbook.testkit.render;

import io.vavr.collection.List;

/** A stack of text drawn at the top or bottom of a page, or after the table; {@code height} in points. */
public record Block(List<TextItem> items, float height) {

    public static Block empty() {
        return new Block(List.empty(), 0);
    }

    /** Collects lines top-down: {@link #line} moves the pen down by {@code leading}. */
    public static final class Builder {
        private List<TextItem> items = List.empty();
        private float y;

        public Builder at(float y) {
            this.y = y;
            return this;
        }

        public float y() {
            return y;
        }

        public Builder add(TextItem item) {
            items = items.append(item);
            return this;
        }

        /** A text at the current baseline. */
        public Builder text(float x, String text, float size) {
            return add(TextItem.left(x, y, text, size));
        }

        public Builder bold(float x, String text, float size) {
            return add(TextItem.left(x, y, text, size).asBold());
        }

        public Builder right(float x, String text, float size) {
            return add(TextItem.right(x, y, text, size));
        }

        public Builder centre(float x, String text, float size, boolean bold) {
            return add(new TextItem(x, y, text, Align.CENTRE, size, bold));
        }

        public Builder line(float leading) {
            y += leading;
            return this;
        }

        public Block build(float bottomPadding) {
            return new Block(items, y + bottomPadding);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
