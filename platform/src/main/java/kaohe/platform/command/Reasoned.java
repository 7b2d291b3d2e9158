package kaohe.platform.command;

/** A command that revises, returns or withdraws something says why; the reason lands in its events' metadata. */
public interface Reasoned {

    String reason();
}
