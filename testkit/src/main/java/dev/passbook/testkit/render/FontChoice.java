package dev.passbook.testkit.render;

/**
 * Which fonts the renderer draws with: Helvetica from the standard 14 (not embedded), or a TrueType
 * font from the machine embedded as a subset (see {@link Fonts#trueTypeFile()} for how it is found).
 */
public enum FontChoice {
    STANDARD_14, EMBEDDED_TRUETYPE
}
