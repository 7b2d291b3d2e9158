package kaohe.proof;

import java.time.Instant;
import java.util.List;

/** A history as an auditor takes it away: every context's proof for one aggregate, verifiable offline. */
public record HistoryExport(String format, Instant exportedAt, String exportedBy, String aggregateId,
                            List<ChainProof> proofs) {

    public static final String FORMAT = "kaohe-history-export/1";
}
