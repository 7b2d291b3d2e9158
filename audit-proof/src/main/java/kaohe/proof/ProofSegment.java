package kaohe.proof;

import java.util.List;

/** Every link from one checkpoint to the next: folding them from {@code from.hash} must give {@code to.hash}. */
public record ProofSegment(Checkpoint from, List<ProofLink> links, Checkpoint to) {
}
