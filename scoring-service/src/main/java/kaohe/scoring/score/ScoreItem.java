package kaohe.scoring.score;

import kaohe.scoring.model.EventRef;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line behind a component's score — a task, a monthly check, a report, a supervision score, a breach, a
 * bonus — with the arithmetic in words and the events it came from (得分反查).
 */
public record ScoreItem(String subject, String label, BigDecimal score, Warning warning, String explanation,
                        List<EventRef> events) {
}
