package kaohe.bench.chaos;

/**
 * A command the system acknowledged (2xx): what it was, the aggregate it changed, its marker, the version the
 * answer gave (ETag) and when the answer came ({@link System#nanoTime()}). An upload also keeps the SHA-256 the
 * client computed of its bytes.
 */
record Acked(Kind kind, String aggregateId, long marker, String version, long ackedAt, String sha256) {

    enum Kind {
        INDICATOR_TARGET("indicator"), LEDGER_PROGRESS("ledger"), EVIDENCE_UPLOAD("evidence");

        /** The service whose event store holds the command's event (and its database's name). */
        final String context;

        Kind(String context) {
            this.context = context;
        }
    }
}
