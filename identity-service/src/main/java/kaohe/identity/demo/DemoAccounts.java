package kaohe.identity.demo;

import kaohe.identity.IdentityProperties;
import kaohe.identity.account.command.AccountAdministration;
import kaohe.identity.account.command.CreateAccountCommand;
import kaohe.identity.account.query.AccountProjection;
import kaohe.identity.user.DemoUser;
import kaohe.platform.command.Refusal;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For the local run only ({@code kaohe.identity.demo-password}, which {@code ./kaohe} sets): every demo user that
 * has no account yet gets one, created by the system, with the demo password, so people can sign in on the page.
 * Without a demo password (the jar's default) nothing is created.
 */
@Component
public class DemoAccounts {

    static final String REASON = "演示账号";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityProperties properties;
    private final AccountProjection accounts;
    private final AccountAdministration administration;

    public DemoAccounts(IdentityProperties properties, AccountProjection accounts,
                        AccountAdministration administration) {
        this.properties = properties;
        this.accounts = accounts;
        this.administration = administration;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createMissing() {
        if (properties.demoPassword() == null) {
            return;
        }
        int created = 0;
        for (DemoUser user : properties.users()) {
            if (accounts.find(user.id()).isEmpty() && create(user)) {
                created++;
            }
        }
        log.info("demo accounts: {} created, {} configured", created, properties.users().size());
    }

    private boolean create(DemoUser user) {
        try {
            administration.createDemo(new CreateAccountCommand(user.id(), user.name(), user.department(), null,
                    user.roles(), REASON), properties.demoPassword());
            return true;
        } catch (Refusal | ConcurrencyException createdMeanwhile) {
            // another instance starting at the same time created it first
            return false;
        }
    }
}
