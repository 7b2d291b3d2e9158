package kaohe.indicator.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits cells that list names; shared by department and leader parsing. */
final class NameTokens {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,；;/]+");

    private NameTokens() {
    }

    static List<String> split(String cell) {
        String s = CellText.clean(cell);
        if (s.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(SEPARATORS.split(s)).filter(t -> !t.isEmpty()).toList());
    }
}
