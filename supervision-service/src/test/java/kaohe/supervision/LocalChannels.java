package kaohe.supervision;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The channels' far ends in the test JVM: a real SMTP server (GreenMail) and the robots' receiver, on free ports,
 * wired into the service through its ordinary settings ({@code spring.mail.port}, {@code kaohe.supervision.webhooks})
 * before any bean reads them. Departments: 督查处 has both robots answering; 故障处's WeCom answers 500 and its
 * DingTalk errcode 93000; 迟缓处's WeCom takes the message and does not answer in time; any other department has none.
 */
public class LocalChannels implements BeanFactoryPostProcessor, EnvironmentAware {

    public static final String ROBOTS_OK = "督查处";
    public static final String ROBOTS_FAILING = "故障处";
    public static final String ROBOTS_SILENT = "迟缓处";

    public static final GreenMail MAIL;
    public static final RobotReceiver ROBOTS;
    private static final int SMTP_PORT;

    static {
        SMTP_PORT = freePort();
        MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MAIL.start();
        ROBOTS = RobotReceiver.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            MAIL.stop();
            ROBOTS.stop();
        }, "local-channels-stop"));
    }

    @Override
    public void setEnvironment(Environment environment) {
        ((ConfigurableEnvironment) environment).getPropertySources().addFirst(new MapPropertySource(
                "local-channels", Map.of(
                "spring.mail.port", SMTP_PORT,
                "kaohe.supervision.webhooks[" + ROBOTS_OK + "].wecom", ROBOTS.url("/ok/wecom"),
                "kaohe.supervision.webhooks[" + ROBOTS_OK + "].dingtalk", ROBOTS.url("/ok/dingtalk"),
                "kaohe.supervision.webhooks[" + ROBOTS_FAILING + "].wecom", ROBOTS.url("/down"),
                "kaohe.supervision.webhooks[" + ROBOTS_FAILING + "].dingtalk", ROBOTS.url("/refuses"),
                "kaohe.supervision.webhooks[" + ROBOTS_SILENT + "].wecom", ROBOTS.url("/silent"))));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }

    /** The mails the SMTP server accepted for {@code address}. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
