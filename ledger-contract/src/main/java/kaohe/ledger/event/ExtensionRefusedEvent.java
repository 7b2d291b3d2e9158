package kaohe.ledger.event;

/** The office refused an extension; the deadline stands. The reason is in the metadata. */
public record ExtensionRefusedEvent(String taskId, String requestId) {
}
