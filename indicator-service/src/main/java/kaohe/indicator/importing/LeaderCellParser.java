package kaohe.indicator.importing;

import java.util.ArrayList;
import java.util.List;

/** Reads the 责任领导 cell: names separated by spaces or 、, with names that layout split ("年 奎") re-joined. */
final class LeaderCellParser {

    private LeaderCellParser() {
    }

    static List<String> parse(String cell) {
        List<String> leaders = new ArrayList<>();
        boolean previousWasSingleCharacter = false;
        for (String token : NameTokens.split(cell)) {
            boolean single = token.codePointCount(0, token.length()) == 1;
            // No Chinese name has one character, so consecutive single characters belong together.
            if (single && previousWasSingleCharacter) {
                leaders.set(leaders.size() - 1, leaders.get(leaders.size() - 1) + token);
            } else {
                leaders.add(token);
            }
            previousWasSingleCharacter = single;
        }
        return List.copyOf(leaders);
    }
}
