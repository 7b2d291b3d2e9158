package kaohe.supervision.directory;

import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.identity.account.event.AccountDisabledEvent;
import kaohe.identity.account.event.AccountEnabledEvent;
import kaohe.identity.account.event.AccountLockedEvent;
import kaohe.identity.account.event.AccountPasswordResetEvent;
import kaohe.identity.account.event.AccountUnlockedEvent;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directory as this context learned it: accounts (with their roles and whether enabled) from the identity
 * context; departments, indicators, their leaders and the leaders' accounts from the indicator context.
 */
@Component
public class DirectoryProjection implements Directory {

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String IDENTITY_MARKS = "supervision-directory-identity";
    private static final String INDICATOR_MARKS = "supervision-directory-indicator";

    private static final RowMapper<Person> PERSON = (rs, row) -> new Person(rs.getString("account_id"),
            rs.getString("name"), rs.getString("department"), rs.getString("phone"));

    private final JdbcTemplate jdbc;
    private final EventHandlers identityEvents;
    private final EventHandlers indicatorEvents;

    public DirectoryProjection(JdbcTemplate jdbc, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.identityEvents = consumer.handlers(IDENTITY_MARKS, "identity")
                .on(AccountCreatedEvent.class, event -> jdbc.update("""
                        INSERT INTO directory_account (account_id, name, department, phone, roles)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET name = EXCLUDED.name,
                            department = EXCLUDED.department, phone = EXCLUDED.phone, roles = EXCLUDED.roles""",
                        event.accountId(), event.name(), event.department(), event.phone(),
                        event.roles().toArray(String[]::new)))
                .on(AccountDisabledEvent.class, event -> enabled(event.accountId(), false))
                .on(AccountEnabledEvent.class, event -> enabled(event.accountId(), true))
                // a lock is temporary and a password nobody's business here: a locked liaison still owes the check
                .ignoring(AccountLockedEvent.class, AccountUnlockedEvent.class, AccountPasswordResetEvent.class);
        this.indicatorEvents = consumer.handlers(INDICATOR_MARKS, "indicator")
                .on(DepartmentRegisteredEvent.class, event -> jdbc.update(
                        "INSERT INTO directory_plan_department (plan_id, department) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        event.planId(), event.department()))
                .on(IndicatorDefinedEvent.class, event -> {
                    jdbc.update("INSERT INTO directory_indicator (indicator_id, plan_id) VALUES (?, ?) "
                            + "ON CONFLICT DO NOTHING", event.indicatorId(), event.planId());
                    departments(event.indicatorId(), event.leadDepartments(), event.cooperatingDepartments());
                    leaders(event.indicatorId(), event.leaders());
                })
                .on(IndicatorDepartmentsAssignedEvent.class, event ->
                        departments(event.indicatorId(), event.lead(), event.cooperating()))
                .on(IndicatorLeadersAssignedEvent.class, event -> leaders(event.indicatorId(), event.after()))
                .on(IndicatorWithdrawnEvent.class, event -> jdbc.update(
                        "UPDATE directory_indicator SET withdrawn = TRUE WHERE indicator_id = ?", event.indicatorId()))
                .on(LeaderAccountLinkedEvent.class, event -> jdbc.update("""
                        INSERT INTO directory_plan_leader (plan_id, leader, user_id) VALUES (?, ?, ?)
                        ON CONFLICT (plan_id, leader) DO UPDATE SET user_id = EXCLUDED.user_id""",
                        event.planId(), event.leader(), event.userId()))
                // the plan itself and the liaison designation are the obligation calendar's; text and targets
                // and a leader without an account reach nobody
                .ignoring(AssessmentPlanDefinedEvent.class, LiaisonDesignatedEvent.class,
                        IndicatorTargetRevisedEvent.class, IndicatorTextRevisedEvent.class,
                        LeaderRegisteredEvent.class);
    }

    public EventHandlers identityEvents() {
        return identityEvents;
    }

    public EventHandlers indicatorEvents() {
        return indicatorEvents;
    }

    private void enabled(String accountId, boolean enabled) {
        jdbc.update("UPDATE directory_account SET enabled = ? WHERE account_id = ?", enabled, accountId);
    }

    private void departments(String indicatorId, List<String> lead, List<String> cooperating) {
        jdbc.update("DELETE FROM directory_indicator_department WHERE indicator_id = ?", indicatorId);
        for (List<String> departments : List.of(lead, cooperating)) {
            departments.forEach(department -> jdbc.update("""
                    INSERT INTO directory_indicator_department (indicator_id, department) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""", indicatorId, department));
        }
    }

    private void leaders(String indicatorId, List<String> leaders) {
        jdbc.update("DELETE FROM directory_indicator_leader WHERE indicator_id = ?", indicatorId);
        leaders.forEach(leader -> jdbc.update("""
                INSERT INTO directory_indicator_leader (indicator_id, leader) VALUES (?, ?) ON CONFLICT DO NOTHING""",
                indicatorId, leader));
    }

    @Override
    public List<Person> liaisons(String department) {
        return jdbc.query("""
                SELECT * FROM directory_account
                 WHERE department = ? AND enabled AND 'LIAISON' = ANY(roles) ORDER BY account_id""", PERSON,
                department);
    }

    @Override
    public List<Person> leaders(String planId, String department) {
        return jdbc.query("""
                SELECT * FROM directory_account a
                 WHERE a.enabled AND a.account_id IN (
                       SELECT p.user_id FROM directory_plan_leader p
                         JOIN directory_indicator i ON i.plan_id = p.plan_id AND NOT i.withdrawn
                         JOIN directory_indicator_leader l ON l.indicator_id = i.indicator_id AND l.leader = p.leader
                         JOIN directory_indicator_department d ON d.indicator_id = i.indicator_id
                        WHERE p.plan_id = ? AND d.department = ?)
                 ORDER BY a.account_id""", PERSON, planId, department);
    }

    /** Every department's liaisons at once, for a sweep that reaches them all. */
    public Map<String, List<Person>> liaisonsByDepartment() {
        return jdbc.query("SELECT * FROM directory_account WHERE enabled AND 'LIAISON' = ANY(roles) ORDER BY account_id",
                PERSON).stream().filter(person -> person.department() != null)
                .collect(Collectors.groupingBy(Person::department));
    }

    /** Every department's leaders in a plan at once ({@link #leaders} of each department). */
    public Map<String, List<Person>> leadersByDepartment(String planId) {
        var leaders = new HashMap<String, List<Person>>();
        jdbc.query("""
                SELECT DISTINCT d.department, a.account_id, a.name, a.department AS own_department, a.phone
                  FROM directory_plan_leader p
                  JOIN directory_indicator i ON i.plan_id = p.plan_id AND NOT i.withdrawn
                  JOIN directory_indicator_leader l ON l.indicator_id = i.indicator_id AND l.leader = p.leader
                  JOIN directory_indicator_department d ON d.indicator_id = i.indicator_id
                  JOIN directory_account a ON a.account_id = p.user_id AND a.enabled
                 WHERE p.plan_id = ?
                 ORDER BY d.department, a.account_id""", rs -> {
            leaders.computeIfAbsent(rs.getString("department"), department -> new ArrayList<>())
                    .add(new Person(rs.getString("account_id"), rs.getString("name"), rs.getString("own_department"),
                            rs.getString("phone")));
        }, planId);
        return leaders;
    }

    @Override
    public List<Person> office() {
        return jdbc.query("SELECT * FROM directory_account WHERE enabled AND 'OFFICE' = ANY(roles) ORDER BY account_id",
                PERSON);
    }

    @Override
    public boolean followsDepartment(String userId, String planId, String department) {
        return followedBy(userId).contains(new PlanDepartment(planId, department));
    }

    /** Every department, plan by plan, the leader signed in as {@code userId} answers for. */
    public List<PlanDepartment> followedBy(String userId) {
        return jdbc.query("""
                SELECT DISTINCT p.plan_id, d.department FROM directory_plan_leader p
                  JOIN directory_indicator i ON i.plan_id = p.plan_id AND NOT i.withdrawn
                  JOIN directory_indicator_leader l ON l.indicator_id = i.indicator_id AND l.leader = p.leader
                  JOIN directory_indicator_department d ON d.indicator_id = i.indicator_id
                 WHERE p.user_id = ?""", (rs, row) -> new PlanDepartment(rs.getString(1), rs.getString(2)), userId);
    }

    @Override
    public boolean takesPart(String planId, String department) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM directory_plan_department WHERE plan_id = ? AND department = ?)
                    OR EXISTS (SELECT 1 FROM directory_indicator i
                                 JOIN directory_indicator_department d ON d.indicator_id = i.indicator_id
                                WHERE i.plan_id = ? AND d.department = ? AND NOT i.withdrawn)""", Boolean.class,
                planId, department, planId, department));
    }

    @Override
    public boolean knowsPlan(String planId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM directory_plan_department WHERE plan_id = ?)
                    OR EXISTS (SELECT 1 FROM directory_indicator WHERE plan_id = ?)""", Boolean.class,
                planId, planId));
    }
}
