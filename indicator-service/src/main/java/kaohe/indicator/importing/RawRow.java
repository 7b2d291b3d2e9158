package kaohe.indicator.importing;

import java.util.List;

/** One table row as read from the file, cells not yet cleaned. */
record RawRow(String location, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }
}
