package dev.passbook.core.spi.support.table;

/**
 * How a column's cells sit under its header: flush left (text columns, dates), flush right
 * (amounts) or centred. It decides where the boundary between two neighbouring columns lies,
 * see {@link ColumnLayout}.
 */
public enum Alignment {
    LEFT, RIGHT, CENTRE
}
