package dev.passbook.testkit.render;

/** Horizontal anchoring of a text: its x is the left edge, the right edge or the centre. */
public enum Align {
    LEFT, RIGHT, CENTRE
}
