package kaohe.bench.chaos;

/**
 * A command the system acknowledged (2xx): what it was, the aggregate it changed, its marker, the version the
 * answer gave (ETag) and when the answer came ({@link System#nanoTime()}). An upload also keeps the SHA-256 the
 * client computed of its bytes.
 */
record Acked(Kind kind, String aggregateId, long marker, String version, long ackedAt, String sha256) {

    enum Kind { INDICATOR_TARGET, LEDGER_PROGRESS, EVIDENCE_UPLOAD }
}
