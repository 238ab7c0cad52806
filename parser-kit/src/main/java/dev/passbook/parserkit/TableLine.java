package dev.passbook.parserkit;

import dev.passbook.core.document.Line;
import dev.passbook.core.spi.Place;

/** A printed line of the table region: its page, its 0-based index among the page's lines, the line. */
public record TableLine(int page, int index, Line line) {

    public double y() {
        return line.y();
    }

    public Place place() {
        return new Place(page, index + 1);
    }
}
