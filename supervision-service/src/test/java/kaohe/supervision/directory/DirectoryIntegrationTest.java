package kaohe.supervision.directory;

import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.identity.account.event.AccountDisabledEvent;
import kaohe.identity.account.event.AccountEnabledEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.supervision.obligation.ObligationsIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is who, as the identity and indicator events told it: disabled accounts reach nobody. */
class DirectoryIntegrationTest extends ObligationsIntegrationTestBase {

    @Autowired
    private Directory directory;

    @Test
    void knowsTheLiaisonsLeadersAndOfficeAndForgetsNobodyButTheDisabled() {
        String planId = plan();
        String department = "法规处-" + UUID.randomUUID().toString().substring(0, 6);
        feed.publish("identity", "liaison-" + department, null, new AccountCreatedEvent("liaison-" + department,
                "赵伟", department, "13911112222", List.of("LIAISON")));
        await("the new liaison", () -> directory.liaisons(department).size() == 1);
        assertThat(directory.liaisons(department).get(0)).isEqualTo(new Person("liaison-" + department, "赵伟",
                department, "13911112222"));

        feed.publish("identity", "liaison-" + department, null, new AccountDisabledEvent("liaison-" + department));
        await("disabled", () -> directory.liaisons(department).isEmpty());
        feed.publish("identity", "liaison-" + department, null, new AccountEnabledEvent("liaison-" + department));
        await("enabled again", () -> directory.liaisons(department).size() == 1);

        assertThat(directory.leaders(planId, XUANJIAO)).extracting(Person::userId).containsExactly(LEADER.id());
        assertThat(directory.leaders(planId, DUCHA)).isEmpty();
        assertThat(directory.office()).extracting(Person::userId).contains(OFFICE.id());
        assertThat(directory.followsDepartment(LEADER.id(), planId, XUANJIAO)).isTrue();
        assertThat(directory.followsDepartment(LEADER.id(), planId, DUCHA)).isFalse();
        assertThat(directory.followsDepartment(OTHER_LEADER.id(), planId, XUANJIAO)).isFalse();
        assertThat(directory.takesPart(planId, DUCHA)).as("registered").isTrue();
        assertThat(directory.takesPart(planId, department)).isFalse();

        feed.publish("indicator", planId + "-ind-1", LocalDate.of(2020, 8, 1),
                new IndicatorWithdrawnEvent(planId + "-ind-1"));
        await("indicator withdrawn", () -> directory.leaders(planId, XUANJIAO).isEmpty());
        assertThat(directory.followsDepartment(LEADER.id(), planId, XUANJIAO)).isFalse();
    }
}
