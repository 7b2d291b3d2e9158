package kaohe.indicator.importing;

import java.util.Optional;

import kaohe.indicator.event.IndicatorKind;

/** Recognises the indicator kind named in a table title, a sheet name or a title row. */
final class KindTitles {

    /** Longer lines only count as titles when they say 分解表, so that prose mentioning a kind is not taken for one. */
    private static final int MAX_PLAIN_TITLE_LENGTH = 20;

    private KindTitles() {
    }

    static Optional<IndicatorKind> kindOf(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String s = CellText.squeeze(CellText.clean(title));
        if (!s.contains("分解表") && s.length() > MAX_PLAIN_TITLE_LENGTH) {
            return Optional.empty();
        }
        for (IndicatorKind kind : IndicatorKind.values()) {
            if (s.equalsIgnoreCase(kind.name())) {
                return Optional.of(kind);
            }
        }
        // 省考共性 must be tested before 共性, which it contains.
        if (s.contains("省考共性")) {
            return Optional.of(IndicatorKind.PROVINCIAL_COMMON);
        }
        if (s.contains("负面清单")) {
            return Optional.of(IndicatorKind.NEGATIVE_LIST);
        }
        if (s.contains("个性")) {
            return Optional.of(IndicatorKind.MUNICIPAL_KEY_WORK);
        }
        if (s.contains("共性")) {
            return Optional.of(IndicatorKind.COMMON);
        }
        return Optional.empty();
    }
}
