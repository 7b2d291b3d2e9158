package kaohe.scoring.event;

/**
 * How much each component weighs in a department's score, in points adding up to 100: 完成情况 (completion),
 * 及时性 (timeliness of monthly checks and quarterly reports), 资料报送及归档 (materials), 督办 (supervision).
 */
public record ComponentWeights(int completion, int timeliness, int materials, int supervision) {

    public int sum() {
        return completion + timeliness + materials + supervision;
    }
}
