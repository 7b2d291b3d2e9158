package kaohe.supervision.delivery.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.supervision.delivery.Delivery;
import kaohe.supervision.delivery.DeliverySettings;
import kaohe.supervision.directory.Person;
import kaohe.supervision.preference.query.ContactPreferencesProjection;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A department's group robot (WeCom, DingTalk): a JSON text message POSTed to the webhook configured for the
 * department, @-mentioning the person by phone when they allow it and a phone is known. A robot answers 200 with
 * {@code errcode}; anything but 0 (throttled, bad key …) is a failure, retried like a refused connection.
 */
abstract class GroupRobot implements ChannelSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DeliverySettings settings;
    private final DeliveryRecipient recipient;
    private final ContactPreferencesProjection preferences;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    GroupRobot(DeliverySettings settings, DeliveryRecipient recipient, ContactPreferencesProjection preferences,
               ObjectMapper json) {
        this.settings = settings;
        this.recipient = recipient;
        this.preferences = preferences;
        this.json = json;
    }

    /** The department's webhook URL for this robot, if configured. */
    abstract Optional<String> webhook(DeliverySettings.Webhook webhook);

    /** The robot's message: {@code content} as text, mentioning {@code phone} when present. */
    abstract Object message(String content, Optional<String> phone);

    @Override
    public Optional<String> skipReason(Delivery delivery) {
        return url(delivery).isPresent() ? Optional.empty()
                : Optional.of("no " + channel() + " webhook for department " + delivery.department());
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        String url = url(delivery).orElseThrow();
        Optional<String> phone = preferences.of(delivery.recipientId()).groupMentionOn()
                ? recipient.of(delivery).map(Person::phone).filter(number -> !number.isBlank())
                : Optional.empty();
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message(content(delivery), phone)),
                        StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = post(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + shortened(response.body()));
        }
        JsonNode answer = json.readTree(response.body());
        if (answer.path("errcode").asInt(-1) != 0) {
            throw new IllegalStateException("errcode " + answer.path("errcode").asText("?") + ": "
                    + shortened(answer.path("errmsg").asText("")));
        }
    }

    /** A connection never made sent nothing (a plain failure); a request that went out unanswered is in doubt. */
    private HttpResponse<String> post(HttpRequest request) throws IOException, InDoubtException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException notConnected) {
            throw notConnected;
        } catch (HttpTimeoutException unanswered) {
            throw new InDoubtException("no answer within " + TIMEOUT.toSeconds() + " s", unanswered);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new InDoubtException("interrupted while sending", stopping);
        }
    }

    private Optional<String> url(Delivery delivery) {
        return Optional.ofNullable(delivery.department()).map(settings.webhooks()::get).flatMap(this::webhook)
                .filter(url -> !url.isBlank());
    }

    private String content(Delivery delivery) {
        String link = settings.absolute(delivery.link());
        return delivery.title() + "\n" + delivery.body() + (link == null ? "" : "\n" + link);
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
