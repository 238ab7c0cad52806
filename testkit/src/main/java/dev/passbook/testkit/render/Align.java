package dev.passbook.testkit.render;

/** Horizontal anchoring of a text: its x is the left edge, the right edge or the centre. */
enum Align {
    LEFT, RIGHT, CENTRE
}
