package kaohe.supervision.policy.command;

import kaohe.platform.command.Refusal;
import kaohe.supervision.FixedDirectory;
import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.event.ReminderPolicyAdoptedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static kaohe.supervision.event.Audience.LEADER;
import static kaohe.supervision.event.Audience.LIAISON;
import static kaohe.supervision.event.Audience.OFFICE;

class PlanReminderPolicyTest {

    private static final String PLAN = "plan-2020";
    private static final List<EscalationStep> ESCALATION = List.of(new EscalationStep(1, List.of(LIAISON)),
            new EscalationStep(2, List.of(LIAISON, LEADER)), new EscalationStep(5, List.of(LIAISON, LEADER, OFFICE)));
    private static final LocalTime TEN_PM = LocalTime.of(22, 0);
    private static final LocalTime EIGHT_AM = LocalTime.of(8, 0);
    private static final List<Channel> INBOX_AND_MAIL = List.of(Channel.INBOX, Channel.EMAIL);
    private static final ReminderPolicyAdoptedEvent VERSION_1 = new ReminderPolicyAdoptedEvent(PLAN, 1,
            List.of(5, 2), true, ESCALATION, TEN_PM, EIGHT_AM, INBOX_AND_MAIL);

    private AggregateTestFixture<PlanReminderPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlanReminderPolicy.class);
        fixture.registerInjectableResource(new FixedDirectory());
    }

    private static AdoptReminderPolicyCommand adopt(long expected, List<Integer> daysBefore,
                                                    List<EscalationStep> escalation, List<Channel> channels) {
        return new AdoptReminderPolicyCommand(PLAN, expected, daysBefore, true, escalation, TEN_PM, EIGHT_AM,
                channels, "按市考办要求提前五天提醒");
    }

    private void refused(AdoptReminderPolicyCommand command, String code) {
        fixture.givenNoPriorActivity().when(command)
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage(code);
    }

    @Test
    void adoptsTheFirstVersionOverTheDefaultWithTheDaysFurthestFirst() {
        fixture.givenNoPriorActivity()
                .when(adopt(0, List.of(2, 5), ESCALATION, INBOX_AND_MAIL))
                .expectEvents(VERSION_1);
    }

    @Test
    void adoptsTheNextVersionOneAboveTheLast() {
        fixture.given(VERSION_1)
                .when(new AdoptReminderPolicyCommand(PLAN, 1, List.of(), false, List.of(), EIGHT_AM, EIGHT_AM,
                        List.of(Channel.INBOX, Channel.WECOM, Channel.DINGTALK), "只用站内信和群机器人，不设免打扰"))
                .expectEvents(new ReminderPolicyAdoptedEvent(PLAN, 2, List.of(), false, List.of(), EIGHT_AM,
                        EIGHT_AM, List.of(Channel.INBOX, Channel.WECOM, Channel.DINGTALK)));
    }

    @Test
    void refusesAnAdoptionWithoutAReason() {
        refused(new AdoptReminderPolicyCommand(PLAN, 0, List.of(5), true, ESCALATION, TEN_PM, EIGHT_AM,
                INBOX_AND_MAIL, "  "), "reason-required");
    }

    @Test
    void refusesAPlanNoDepartmentTakesPartIn() {
        refused(new AdoptReminderPolicyCommand("plan-none-2031", 0, List.of(5), true, ESCALATION, TEN_PM, EIGHT_AM,
                INBOX_AND_MAIL, "试用"), "unknown-plan");
    }

    @Test
    void refusesAStaleVersion() {
        fixture.given(VERSION_1)
                .when(adopt(0, List.of(7), ESCALATION, INBOX_AND_MAIL))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("stale-version");
        fixture.givenNoPriorActivity()
                .when(adopt(3, List.of(7), ESCALATION, INBOX_AND_MAIL))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("stale-version");
    }

    @Test
    void refusesThePolicyInForceAdoptedAgain() {
        fixture.given(VERSION_1)
                .when(adopt(1, List.of(2, 5), ESCALATION, INBOX_AND_MAIL))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
        // the default, written out, is no change either
        refused(adopt(0, List.of(3, 1), List.of(new EscalationStep(1, List.of(LIAISON)),
                new EscalationStep(3, List.of(LIAISON, LEADER)),
                new EscalationStep(7, List.of(LIAISON, LEADER, OFFICE))), INBOX_AND_MAIL), "no-change");
    }

    @Test
    void refusesMoreThanFiveRemindersDaysOutOfRangeOrRepeated() {
        refused(adopt(0, List.of(10, 7, 5, 3, 2, 1), ESCALATION, INBOX_AND_MAIL), "too-many-reminders");
        refused(adopt(0, List.of(61), ESCALATION, INBOX_AND_MAIL), "days-before-out-of-range");
        refused(adopt(0, List.of(-1), ESCALATION, INBOX_AND_MAIL), "days-before-out-of-range");
        refused(adopt(0, List.of(3, 3), ESCALATION, INBOX_AND_MAIL), "days-before-repeated");
    }

    @Test
    void acceptsTheBoundsOfDaysBefore() {
        fixture.givenNoPriorActivity()
                .when(adopt(0, List.of(0, 60), ESCALATION, INBOX_AND_MAIL))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesEscalationOutOfRangeOutOfOrderTooLongOrReachingNobody() {
        refused(adopt(0, List.of(3), List.of(new EscalationStep(0, List.of(LIAISON))), INBOX_AND_MAIL),
                "escalation-days-out-of-range");
        refused(adopt(0, List.of(3), List.of(new EscalationStep(91, List.of(LIAISON))), INBOX_AND_MAIL),
                "escalation-days-out-of-range");
        refused(adopt(0, List.of(3), List.of(new EscalationStep(3, List.of(LIAISON)),
                new EscalationStep(3, List.of(LEADER))), INBOX_AND_MAIL), "escalation-out-of-order");
        refused(adopt(0, List.of(3), List.of(new EscalationStep(5, List.of(LIAISON)),
                new EscalationStep(2, List.of(LEADER))), INBOX_AND_MAIL), "escalation-out-of-order");
        refused(adopt(0, List.of(3), List.of(step(1), step(2), step(3), step(4), step(5), step(6)), INBOX_AND_MAIL),
                "too-many-escalation-steps");
        refused(adopt(0, List.of(3), List.of(new EscalationStep(1, List.of())), INBOX_AND_MAIL),
                "escalation-audiences-invalid");
        refused(adopt(0, List.of(3), List.of(new EscalationStep(1, List.of(LIAISON, LIAISON))), INBOX_AND_MAIL),
                "escalation-audiences-invalid");
    }

    @Test
    void refusesChannelsWithoutTheInboxOrRepeated() {
        refused(adopt(0, List.of(3), ESCALATION, List.of(Channel.EMAIL)), "inbox-channel-required");
        refused(adopt(0, List.of(3), ESCALATION, List.of(Channel.INBOX, Channel.EMAIL, Channel.EMAIL)),
                "channels-repeated");
    }

    @Test
    void refusesMissingQuietHours() {
        refused(new AdoptReminderPolicyCommand(PLAN, 0, List.of(3), true, ESCALATION, null, EIGHT_AM,
                INBOX_AND_MAIL, "试用"), "quiet-hours-required");
    }

    @Test
    void takesQuietHoursAcrossMidnightOrNone() {
        fixture.givenNoPriorActivity()
                .when(new AdoptReminderPolicyCommand(PLAN, 0, List.of(3), true, ESCALATION, TEN_PM, TEN_PM,
                        INBOX_AND_MAIL, "全天可提醒"))
                .expectEvents(new ReminderPolicyAdoptedEvent(PLAN, 1, List.of(3), true, ESCALATION, TEN_PM, TEN_PM,
                        INBOX_AND_MAIL));
    }

    private static EscalationStep step(int daysAfter) {
        return new EscalationStep(daysAfter, List.of(Audience.LIAISON));
    }
}
