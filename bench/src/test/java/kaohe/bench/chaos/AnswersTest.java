package kaohe.bench.chaos;

import org.junit.jupiter.api.Test;

import static kaohe.bench.chaos.Answers.Verdict.ACKNOWLEDGED;
import static kaohe.bench.chaos.Answers.Verdict.IN_DOUBT;
import static kaohe.bench.chaos.Answers.Verdict.REFUSED;
import static kaohe.bench.chaos.Answers.Verdict.RETRY;
import static org.assertj.core.api.Assertions.assertThat;

class AnswersTest {

    @Test
    void aSuccessIsAnAcknowledgement() {
        assertThat(Answers.classify(200, "{}", false)).isEqualTo(ACKNOWLEDGED);
        assertThat(Answers.classify(201, "{}", true)).isEqualTo(ACKNOWLEDGED);
    }

    @Test
    void serverTroubleIsRetried() {
        assertThat(Answers.classify(503, "", false)).isEqualTo(RETRY);
        assertThat(Answers.classify(504, "", true)).isEqualTo(RETRY);
        assertThat(Answers.classify(500, "", false)).isEqualTo(RETRY);
        assertThat(Answers.classify(429, "", false)).isEqualTo(RETRY);
        assertThat(Answers.classify(409, "{\"code\":\"idempotency-in-progress\"}", true)).isEqualTo(RETRY);
    }

    @Test
    void aStaleVersionAfterAFailedAttemptIsInDoubtNotResent() {
        assertThat(Answers.classify(412, "{\"code\":\"stale-version\"}", true)).isEqualTo(IN_DOUBT);
        assertThat(Answers.classify(409, "{\"code\":\"version-conflict\"}", true)).isEqualTo(IN_DOUBT);
    }

    @Test
    void aStaleVersionAtTheFirstAttemptAndOtherClientErrorsAreRefusals() {
        assertThat(Answers.classify(412, "", false)).isEqualTo(REFUSED);
        assertThat(Answers.classify(400, "", true)).isEqualTo(REFUSED);
        assertThat(Answers.classify(422, "{\"code\":\"plan-not-found\"}", false)).isEqualTo(REFUSED);
    }
}
