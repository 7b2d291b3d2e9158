package kaohe.identity.account.command;

import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.identity.account.event.AccountDisabledEvent;
import kaohe.identity.account.event.AccountEnabledEvent;
import kaohe.identity.account.event.AccountLockedEvent;
import kaohe.identity.account.event.AccountPasswordResetEvent;
import kaohe.identity.account.event.AccountUnlockedEvent;
import kaohe.platform.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    private static final String ID = "liaison-duchachu";
    private static final AccountCreatedEvent CREATED = new AccountCreatedEvent(ID, "王敏", "督查处", "13912345678",
            List.of("LIAISON"));

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void anAccountIsCreatedWithoutAnyPassword() {
        fixture.givenNoPriorActivity()
                .when(new CreateAccountCommand(ID, "王敏", "督查处", "13912345678", List.of("LIAISON"), "新联络员"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(CREATED);
    }

    @Test
    void theSameIdTwiceIsRefused() {
        fixture.given(CREATED)
                .when(new CreateAccountCommand(ID, "李四", "督查处", null, List.of("LIAISON"), "再建"))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("account-exists");
    }

    @Test
    void everyChangeNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new CreateAccountCommand(ID, "王敏", "督查处", null, List.of("LIAISON"), " "))
                .expectNoEvents().expectExceptionMessage("reason-required");
        fixture.given(CREATED).when(new ResetAccountPasswordCommand(ID, null))
                .expectNoEvents().expectExceptionMessage("reason-required");
        fixture.given(CREATED).when(new DisableAccountCommand(ID, ""))
                .expectNoEvents().expectExceptionMessage("reason-required");
    }

    @Test
    void aPasswordIsReset() {
        fixture.given(CREATED).when(new ResetAccountPasswordCommand(ID, "忘记密码"))
                .expectEvents(new AccountPasswordResetEvent(ID));
    }

    @Test
    void anAccountIsDisabledAndEnabledAgain() {
        fixture.given(CREATED).when(new DisableAccountCommand(ID, "调离"))
                .expectEvents(new AccountDisabledEvent(ID));
        fixture.given(CREATED, new AccountDisabledEvent(ID)).when(new EnableAccountCommand(ID, "回岗"))
                .expectEvents(new AccountEnabledEvent(ID));
    }

    @Test
    void disablingTwiceOrEnablingAnActiveAccountIsRefused() {
        fixture.given(CREATED, new AccountDisabledEvent(ID)).when(new DisableAccountCommand(ID, "再停"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("account-already-disabled");
        fixture.given(CREATED).when(new EnableAccountCommand(ID, "启用"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("account-not-disabled");
    }

    @Test
    void aLockIsRecordedAndLiftedOnlyWhileItHolds() {
        Instant until = Instant.now().plus(Duration.ofMinutes(15));
        fixture.given(CREATED).when(new LockAccountCommand(ID, until, 5, "连续 5 次密码错误"))
                .expectEvents(new AccountLockedEvent(ID, until, 5));
        fixture.given(CREATED, new AccountLockedEvent(ID, until, 5)).when(new UnlockAccountCommand(ID, "本人来电"))
                .expectEvents(new AccountUnlockedEvent(ID));
        fixture.given(CREATED).when(new UnlockAccountCommand(ID, "解锁"))
                .expectNoEvents().expectExceptionMessage("account-not-locked");
        fixture.given(CREATED, new AccountLockedEvent(ID, Instant.now().minusSeconds(1), 5))
                .when(new UnlockAccountCommand(ID, "解锁"))
                .expectNoEvents().expectExceptionMessage("account-not-locked");
    }

    @Test
    void noEventCarriesAPasswordOrAHash() {
        for (Class<?> event : List.of(AccountCreatedEvent.class, AccountPasswordResetEvent.class,
                AccountLockedEvent.class)) {
            assertThat(event.getRecordComponents()).extracting(component -> component.getName().toLowerCase())
                    .noneMatch(name -> name.contains("password") || name.contains("hash"));
        }
    }

    @Test
    void anUnknownAccountCannotBeChanged() {
        fixture.givenNoPriorActivity().when(new DisableAccountCommand("nobody", "停用"))
                .expectNoEvents().expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
