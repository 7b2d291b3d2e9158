package kaohe.bench.chaos;

/**
 * What a careful client makes of an answer. Server-side trouble (5xx, 429, a key still held by a request that
 * died) is retried with the same Idempotency-Key and If-Match; a stale version after an earlier attempt failed
 * means that attempt may have been applied, so the command is in doubt (never sent again under a new version:
 * that would store it twice); anything else is a refusal.
 */
final class Answers {

    enum Verdict { ACKNOWLEDGED, RETRY, IN_DOUBT, REFUSED }

    private Answers() {
    }

    static Verdict classify(int status, String body, boolean failedBefore) {
        if (status >= 200 && status < 300) {
            return Verdict.ACKNOWLEDGED;
        }
        if (status >= 500 || status == 429 || status == 401) {
            // 401: the identity service restarting, or a token fetched from it while it was down
            return Verdict.RETRY;
        }
        if (status == 409 && body != null && body.contains("idempotency-in-progress")) {
            return Verdict.RETRY;
        }
        if ((status == 409 || status == 412) && failedBefore) {
            return Verdict.IN_DOUBT;
        }
        return Verdict.REFUSED;
    }
}
