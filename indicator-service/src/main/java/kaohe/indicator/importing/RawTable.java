package kaohe.indicator.importing;

import java.util.List;

/**
 * A table as read from any input format, before interpretation.
 *
 * @param title    the heading in front of the table (may name the kind), or {@code null}
 * @param location e.g. "表3", used for problems about the whole table
 */
record RawTable(String title, String location, List<RawRow> rows) {

    RawTable {
        rows = List.copyOf(rows);
    }
}
