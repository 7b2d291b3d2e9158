package kaohe.supervision.event;

/** The item chased: its kind, its id in the owning context ({@code null} for a department), and its label then. */
public record ChaseSubject(ChaseSubjectKind kind, String id, String label) {
}
