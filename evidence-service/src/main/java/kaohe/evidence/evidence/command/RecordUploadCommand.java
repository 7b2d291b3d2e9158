package kaohe.evidence.evidence.command;

import kaohe.evidence.event.EvidenceUploadedEvent;

/** Records evidence whose object is already stored and verified; the event is the one to apply. */
public record RecordUploadCommand(EvidenceUploadedEvent uploaded) {
}
