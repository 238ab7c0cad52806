package dev.passbook.testkit.render;

/** A table column: its header text (lines separated by {@code \n}), left edge, width and alignment. */
record Column(String header, float left, float width, Align align) {

    float right() {
        return left + width;
    }
}
