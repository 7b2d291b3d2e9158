package kaohe.bench.chaos;

import kaohe.bench.Failures;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Sends one request as a careful client would: the same request (same Idempotency-Key, same If-Match, same body)
 * again after a pause, doubling up to 2 s, until it is answered or the run ends.
 */
final class Careful {

    /** One attempt of the request; always the same request. */
    interface Attempt {
        HttpResponse<String> send() throws Exception;
    }

    /** How a request ended: answered (acknowledged, in doubt or refused), or given up when the run ended. */
    record Outcome(Answers.Verdict verdict, HttpResponse<String> response, int attempts) {

        boolean acknowledged() {
            return verdict == Answers.Verdict.ACKNOWLEDGED;
        }
    }

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final BooleanSupplier running;
    private final Failures failures;

    Careful(BooleanSupplier running, Failures failures) {
        this.running = running;
        this.failures = failures;
    }

    /** The outcome; a null verdict when the run ended before any answer but failures. */
    Outcome send(String what, Attempt attempt) throws InterruptedException {
        long pause = FIRST_PAUSE.toMillis();
        boolean failedBefore = false;
        for (int attempts = 1; ; attempts++) {
            try {
                var response = attempt.send();
                var verdict = Answers.classify(response.statusCode(), response.body(), failedBefore);
                if (verdict != Answers.Verdict.RETRY) {
                    if (verdict != Answers.Verdict.ACKNOWLEDGED) {
                        failures.record(what + " (" + verdict + ")", response.request().uri().getPath(), response);
                    }
                    return new Outcome(verdict, response, attempts);
                }
                failures.record(what, response.request().uri().getPath(), response);
            } catch (InterruptedException interrupted) {
                throw interrupted;
            } catch (Exception unanswered) {
                failures.record(what, unanswered);
            }
            failedBefore = true;
            if (!running.getAsBoolean()) {
                return new Outcome(null, null, attempts);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE.toMillis());
        }
    }
}
