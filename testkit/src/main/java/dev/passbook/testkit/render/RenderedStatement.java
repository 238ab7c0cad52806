package dev.passbook.testkit.render;

import dev.passbook.testkit.GeneratedStatement;

/** A rendered file with the truth of what it prints (differs from the input when a balance was edited). */
public record RenderedStatement(byte[] pdf, GeneratedStatement truth) {
}
