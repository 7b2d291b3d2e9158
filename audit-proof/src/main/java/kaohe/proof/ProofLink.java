package kaohe.proof;

/** One link between two checkpoints: the whole event when it is part of the history, else its digest (hex) only. */
public record ProofLink(long globalIndex, String digest, EventRow event) {
}
