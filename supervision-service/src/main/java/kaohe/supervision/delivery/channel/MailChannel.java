package kaohe.supervision.delivery.channel;

import jakarta.mail.internet.MimeMessage;
import kaohe.supervision.delivery.Delivery;
import kaohe.supervision.delivery.DeliverySettings;
import kaohe.supervision.event.Channel;
import kaohe.supervision.preference.query.ContactPreferencesProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * E-mail through SMTP to the address the person set (or their default), only while they want e-mail. Its
 * Message-ID is derived from the delivery key, so a mailbox (or a person) can tell a resend from a new reminder.
 */
@Component
public class MailChannel implements ChannelSender {

    private final JavaMailSender mail;
    private final ContactPreferencesProjection preferences;
    private final DeliverySettings settings;
    private final String from;

    public MailChannel(JavaMailSender mail, ContactPreferencesProjection preferences, DeliverySettings settings,
                       @Value("${kaohe.supervision.mail.from:kaohe@kaohe.local}") String from) {
        this.mail = mail;
        this.preferences = preferences;
        this.settings = settings;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Optional<String> skipReason(Delivery delivery) {
        return preferences.of(delivery.recipientId()).emailOn() ? Optional.empty()
                : Optional.of("recipient turned e-mail off");
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(preferences.of(delivery.recipientId()).email());
        helper.setSubject(delivery.title());
        helper.setText(text(delivery), false);
        message.setHeader("Message-ID", messageId(delivery));
        mail.send(message);
    }

    private String text(Delivery delivery) {
        String link = settings.absolute(delivery.link());
        return delivery.body() + (link == null ? "" : "\n\n" + link) + "\n";
    }

    static String messageId(Delivery delivery) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(delivery.key().getBytes(StandardCharsets.UTF_8));
            return "<reminder." + HexFormat.of().formatHex(digest, 0, 16) + "@kaohe.supervision>";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
