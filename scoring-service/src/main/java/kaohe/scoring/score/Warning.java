package kaohe.scoring.score;

import kaohe.scoring.event.WarningThresholds;

import java.math.BigDecimal;

/** 红黄绿灯: how a task or department stands against its time-proportional plan; NONE where nothing is planned. */
public enum Warning {
    GREEN("绿灯"), YELLOW("黄灯"), RED("红灯"), NONE("无");

    private final String label;

    Warning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code percentOfPlan}: progress as a percentage of what the plan expected by now. */
    public static Warning of(BigDecimal percentOfPlan, WarningThresholds thresholds) {
        if (percentOfPlan.compareTo(thresholds.green()) >= 0) {
            return GREEN;
        }
        return percentOfPlan.compareTo(thresholds.yellow()) >= 0 ? YELLOW : RED;
    }

    public boolean worseThan(Warning other) {
        return other == NONE || this != NONE && ordinal() > other.ordinal();
    }
}
