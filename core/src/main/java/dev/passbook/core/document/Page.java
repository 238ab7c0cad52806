package dev.passbook.core.document;

import io.vavr.collection.List;

/** A page (numbered from 1) with its lines ordered top to bottom. */
public record Page(int number, double width, double height, List<Line> lines) {

    public String text() {
        return lines.map(Line::text).mkString("\n");
    }
}
