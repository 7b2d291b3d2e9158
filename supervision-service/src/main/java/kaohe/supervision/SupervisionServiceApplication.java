package kaohe.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The supervision context (督促、检查、协调): what is due by whom, derived from every context's events; the office's
 * reminder policy and its 督办单; and the reminders themselves, sent once each by inbox, e-mail and group robots.
 */
@SpringBootApplication
public class SupervisionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupervisionServiceApplication.class, args);
    }
}
