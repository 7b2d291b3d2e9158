package kaohe.ledger.event;

import java.util.List;

/**
 * Some of a task's defines changed: {@code revised} names them, {@code before} and {@code after} are the whole
 * six defines either side, so every define's old and new value is in the record. The reason is in the metadata.
 */
public record LedgerTaskDefinesRevisedEvent(String taskId, List<Define> revised, SixDefines before,
                                            SixDefines after) {
}
