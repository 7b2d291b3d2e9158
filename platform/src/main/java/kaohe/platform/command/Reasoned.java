package kaohe.platform.command;

/** A command that revises, returns or withdraws something says why; the reason lands in its events' metadata. */
public interface Reasoned {

    String reason();

    /** Refuses {@code command} (400 {@code reason-required}) when it carries no reason. */
    static void require(Reasoned command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw Refusal.invalidField("reason", "reason-required");
        }
    }
}
