package kaohe.scoring.score;

import kaohe.scoring.model.EventRef;
import kaohe.scoring.model.TaskFacts;

import java.util.List;

/**
 * A task the completion score leaves out because the office has not approved its six defines: a draft, defines
 * awaiting review (PENDING) or returned for revision (RETURNED). Shown beside the items so nobody mistakes its
 * absence for no task.
 */
public record UncountedTask(String subject, String label, TaskFacts.Review review, String explanation,
                            List<EventRef> events) {
}
