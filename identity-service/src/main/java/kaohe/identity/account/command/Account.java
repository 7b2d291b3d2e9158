package kaohe.identity.account.command;

import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.identity.account.event.AccountDisabledEvent;
import kaohe.identity.account.event.AccountEnabledEvent;
import kaohe.identity.account.event.AccountLockedEvent;
import kaohe.identity.account.event.AccountPasswordResetEvent;
import kaohe.identity.account.event.AccountUnlockedEvent;
import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's account with the local identity provider: who they are (name, department, roles), whether they may
 * sign in (disabled, locked). Every change names who made it and why; the password itself is no part of it.
 */
@Aggregate(cache = "aggregateCache")
public class Account {

    @AggregateIdentifier
    private String accountId;
    private boolean disabled;
    private Instant lockedUntil;

    protected Account() {
    }

    /** Created only if missing, so that a second create of the same id is refused by name, not by the store. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateAccountCommand command) {
        Reasoned.require(command);
        if (accountId != null) {
            throw Refusal.conflict("account-exists", command.accountId());
        }
        apply(new AccountCreatedEvent(command.accountId(), command.name(), command.department(), command.phone(),
                command.roles()));
    }

    @CommandHandler
    public void handle(ResetAccountPasswordCommand command) {
        Reasoned.require(command);
        apply(new AccountPasswordResetEvent(accountId));
    }

    @CommandHandler
    public void handle(DisableAccountCommand command) {
        Reasoned.require(command);
        if (disabled) {
            throw Refusal.conflict("account-already-disabled", accountId);
        }
        apply(new AccountDisabledEvent(accountId));
    }

    @CommandHandler
    public void handle(EnableAccountCommand command) {
        Reasoned.require(command);
        if (!disabled) {
            throw Refusal.conflict("account-not-disabled", accountId);
        }
        apply(new AccountEnabledEvent(accountId));
    }

    @CommandHandler
    public void handle(LockAccountCommand command) {
        Reasoned.require(command);
        apply(new AccountLockedEvent(accountId, command.lockedUntil(), command.failures()));
    }

    @CommandHandler
    public void handle(UnlockAccountCommand command) {
        Reasoned.require(command);
        if (lockedUntil == null || !lockedUntil.isAfter(Instant.now())) {
            throw Refusal.conflict("account-not-locked", accountId);
        }
        apply(new AccountUnlockedEvent(accountId));
    }

    @EventSourcingHandler
    void on(AccountCreatedEvent event) {
        accountId = event.accountId();
    }

    @EventSourcingHandler
    void on(AccountDisabledEvent event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(AccountEnabledEvent event) {
        disabled = false;
    }

    @EventSourcingHandler
    void on(AccountLockedEvent event) {
        lockedUntil = event.lockedUntil();
    }

    @EventSourcingHandler
    void on(AccountUnlockedEvent event) {
        lockedUntil = null;
    }
}
