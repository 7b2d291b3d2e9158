package kaohe.indicator.importing;

import java.util.List;

import kaohe.indicator.event.IndicatorKind;

/** Repairs category names that print layout broke up (stray spaces) or clipped (基 层 党 建 组 织 设). */
final class CategoryNormalizer {

    private static final List<String> COMMON_CATEGORIES =
            List.of("领导班子和队伍建设", "基层党建组织建设", "党风廉政建设", "意识形态工作", "法治平安建设");
    /** A clipped name may miss at most this many characters and still be recognised. */
    private static final int MAX_MISSING_CHARACTERS = 2;
    private static final int MIN_MATCH_LENGTH = 4;

    private CategoryNormalizer() {
    }

    static String normalize(String cell, IndicatorKind kind) {
        String name = CellText.squeeze(cell.replace("★", ""));
        if (kind != IndicatorKind.COMMON) {
            return name;
        }
        for (String known : COMMON_CATEGORIES) {
            if (name.contains(known)) {
                return known;
            }
        }
        for (String known : COMMON_CATEGORIES) {
            if (name.length() >= MIN_MATCH_LENGTH && name.length() >= known.length() - MAX_MISSING_CHARACTERS
                    && isSubsequence(name, known)) {
                return known;
            }
        }
        return name;
    }

    private static boolean isSubsequence(String candidate, String known) {
        int k = 0;
        for (int i = 0; i < candidate.length(); i++) {
            k = known.indexOf(candidate.charAt(i), k);
            if (k < 0) {
                return false;
            }
            k++;
        }
        return true;
    }
}
