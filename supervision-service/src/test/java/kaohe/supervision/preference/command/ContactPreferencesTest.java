package kaohe.supervision.preference.command;

import kaohe.platform.command.Refusal;
import kaohe.supervision.event.ContactPreferencesSetEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactPreferencesTest {

    private static final String ID = "liaison-duchachu";
    private static final ContactPreferencesSetEvent SET =
            new ContactPreferencesSetEvent(ID, "wang.min@example.org", true, false);

    private FixtureConfiguration<ContactPreferences> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContactPreferences.class);
    }

    @Test
    void theFirstSettingCreatesThePersonsPreferences() {
        fixture.givenNoPriorActivity()
                .when(new SetContactPreferencesCommand(ID, " wang.min@Example.ORG ", true, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SET);
    }

    @Test
    void aChangeIsAnEvent() {
        fixture.given(SET)
                .when(new SetContactPreferencesCommand(ID, "wang.min@example.org", false, false))
                .expectEvents(new ContactPreferencesSetEvent(ID, "wang.min@example.org", false, false));
    }

    @Test
    void settingWhatIsSetRecordsNothing() {
        fixture.given(SET)
                .when(new SetContactPreferencesCommand(ID, "wang.min@example.org", true, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMissingAddressIsRefused() {
        fixture.given(SET).when(new SetContactPreferencesCommand(ID, "  ", true, true))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("email-required");
        fixture.givenNoPriorActivity().when(new SetContactPreferencesCommand(ID, null, true, true))
                .expectNoEvents().expectExceptionMessage("email-required");
    }

    @Test
    void aMalformedAddressIsRefused() {
        for (String malformed : new String[]{"wang.min", "wang@min", "@example.org", "wang min@example.org",
                "wang..min@example.org", ".wang@example.org", "王敏@example.org", "wang@exa_mple.org"}) {
            fixture.given(SET).when(new SetContactPreferencesCommand(ID, malformed, true, true))
                    .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("invalid-email");
        }
    }

    @Test
    void anAddressOverTheLimitIsRefused() {
        String long255 = "w".repeat(64) + "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60)
                + ".example.org";
        fixture.given(SET).when(new SetContactPreferencesCommand(ID, long255, true, true))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("email-too-long");
    }
}
