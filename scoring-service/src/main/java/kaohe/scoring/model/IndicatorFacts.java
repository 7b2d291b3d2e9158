package kaohe.scoring.model;

import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;

import java.util.ArrayList;
import java.util.List;

/** What scoring knows of one indicator: its kind, targets, departments and leaders, as revised so far. */
public final class IndicatorFacts {

    final String indicatorId;
    IndicatorKind kind;
    String code;
    String text;
    List<Target> targets = List.of();
    List<String> leaders = List.of();
    List<String> lead = List.of();
    List<String> cooperating = List.of();
    boolean allCooperate;
    boolean withdrawn;
    final List<EventRef> events = new ArrayList<>();

    IndicatorFacts(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<String> leaders() {
        return leaders;
    }

    public List<String> lead() {
        return lead;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public List<EventRef> events() {
        return events;
    }

    public boolean concerns(String department) {
        return lead.contains(department) || cooperating.contains(department) || allCooperate;
    }
}
