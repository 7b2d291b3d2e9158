package kaohe.bench.chaos;

import kaohe.bench.Failures;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class CarefulTest {

    private final Failures failures = new Failures(10);

    /** Answers (a status, or null for a broken connection) in turn, and counts the attempts. */
    private static final class Server implements Careful.Attempt {
        final Queue<Integer> answers;
        final List<Integer> sent = new ArrayList<>();

        Server(Integer... answers) {
            this.answers = new ArrayDeque<>(java.util.Arrays.asList(answers));
        }

        @Override
        public HttpResponse<String> send() throws IOException {
            Integer status = answers.isEmpty() ? Integer.valueOf(503) : answers.poll();
            sent.add(status);
            if (status == -1) {
                throw new IOException("connection reset");
            }
            return answer(status);
        }
    }

    @Test
    void retriesTheSameRequestThroughOutagesUntilAcknowledged() throws Exception {
        var server = new Server(503, -1, 504, 200);

        var outcome = new Careful(() -> true, failures).send("PUT", server);

        assertThat(outcome.acknowledged()).isTrue();
        assertThat(outcome.attempts()).isEqualTo(4);
        assertThat(failures.count()).isEqualTo(3);
    }

    @Test
    void aStaleVersionAfterAnOutageIsInDoubt() throws Exception {
        var outcome = new Careful(() -> true, failures).send("PUT", new Server(-1, 412));

        assertThat(outcome.verdict()).isEqualTo(Answers.Verdict.IN_DOUBT);
    }

    @Test
    void givesUpWhenTheRunEnds() throws Exception {
        var server = new Server(503, 503, 200);

        var outcome = new Careful(() -> false, failures).send("PUT", server);

        assertThat(outcome.verdict()).isNull();
        assertThat(server.sent).containsExactly(503);
    }

    @Test
    void aRefusalIsNotRetried() throws Exception {
        var server = new Server(400, 200);

        var outcome = new Careful(() -> true, failures).send("PUT", server);

        assertThat(outcome.verdict()).isEqualTo(Answers.Verdict.REFUSED);
        assertThat(server.sent).containsExactly(400);
    }

    private static HttpResponse<String> answer(int status) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1/api/x")).build();
        return new HttpResponse<>() {
            public int statusCode() {
                return status;
            }

            public HttpRequest request() {
                return request;
            }

            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of(), (name, value) -> true);
            }

            public String body() {
                return "{}";
            }

            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            public URI uri() {
                return request.uri();
            }

            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
