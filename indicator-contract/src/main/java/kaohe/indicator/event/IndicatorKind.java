package kaohe.indicator.event;

/** The four kinds of assessment indicator in a decomposition table (分解表). */
public enum IndicatorKind {
    /** 省考共性 */
    PROVINCIAL_COMMON("省考共性"),
    /** 市考个性工作 */
    MUNICIPAL_KEY_WORK("市考个性工作"),
    /** 共性指标, in five categories */
    COMMON("共性指标"),
    /** 负面清单, each with a city-level lead unit (市级牵头单位) */
    NEGATIVE_LIST("负面清单");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
