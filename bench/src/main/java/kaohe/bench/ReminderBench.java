package kaohe.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code reminder.sweep.ms}: one day's sweep of a city-sized plan — 100 departments × 50 indicators, one ledger task
 * each with its deadline and 12 monthly milestones, 12 monthly checks and 4 quarterly reports per department
 * (66,700 obligations, those before August done) — on 2020-08-28, when August's checks and milestones fall due in
 * three days (5,100 reminders, each by inbox and e-mail). The plan's calendar and directory are written straight
 * into the tables of a second supervision-service JVM on a database of its own ({@code supervision_bench},
 * consuming nothing), the way scoring's bench loads its history; the running system never sees them. The first
 * sweep records the reminders; the figure is the median of the sweeps after it, which compute the same and record
 * nothing new. {@code reminder.delivery.p99_ms}: from each e-mail reminder falling due (the sweep's instant) to the
 * mail server accepting it, over those the per-person hourly limit let through in this run.
 */
final class ReminderBench {

    private static final String DATABASE = "supervision_bench";
    private static final String PLAN = "bench-city";
    private static final String DAY = "2020-08-28";
    private static final int DEPARTMENTS = 100;
    private static final int INDICATORS = 50;
    private static final int LEADERS = 5;
    private static final int REPEATS = 5;

    private final String postgres;
    private final BenchTokens tokens;
    private final BenchInstance instance;

    /** {@code postgres} is the server's JDBC URL without a database. */
    ReminderBench(String postgres, BenchTokens tokens, Path jar, String jvmOptions, String root, int port, Path log) {
        this.postgres = postgres;
        this.tokens = tokens;
        this.instance = new BenchInstance("supervision", jar, jvmOptions, root, postgres + "/" + DATABASE, port,
                "KAOHE_SUPERVISION_BENCH_PORT", log, List.of("--kaohe.supervision.consume=false",
                "--kaohe.supervision.sweep-interval=PT24H"));
    }

    void run() throws Exception {
        BenchDatabases.recreate(postgres, DATABASE);
        try (instance) {
            instance.start();
            long began = System.nanoTime();
            long obligations = seed();
            System.out.printf("# reminder.sweep: plan %s, %d departments × %d indicators: %d obligations written in"
                    + " %.1f s%n", PLAN, DEPARTMENTS, INDICATORS, obligations, (System.nanoTime() - began) / 1e9);
            var http = new BenchHttp(instance.baseUrl(), tokens);
            var first = sweep(http);
            System.out.printf("# reminder.sweep: the first sweep of %s looked at %d open obligations, found %d reminders"
                            + " due and recorded %d (reminder × channel) in %d ms%n", DAY,
                    first.path("obligations").asInt(), first.path("remindersDue").asInt(),
                    first.path("newlyRecorded").asInt(), first.path("tookMs").asLong());
            List<Long> repeats = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                var again = sweep(http);
                if (again.path("newlyRecorded").asInt() != 0) {
                    throw new IllegalStateException("a repeated sweep recorded reminders again: " + again);
                }
                repeats.add(again.path("tookMs").asLong());
            }
            repeats.sort(null);
            Figures.print("reminder.sweep.ms", repeats.get(REPEATS / 2), "ms");
            System.out.printf("# reminder.sweep: aim ≤ 1000 ms; the %d repeats %s ms; the first, recording %d, %d ms%n",
                    REPEATS, repeats, first.path("newlyRecorded").asInt(), first.path("tookMs").asLong());
            delivery();
        } finally {
            BenchDatabases.drop(postgres, DATABASE);
        }
    }

    private JsonNode sweep(BenchHttp http) throws Exception {
        var response = http.send(BenchHttp.Identity.OFFICE, "POST", "/api/supervision/sweeps", null,
                Map.of("day", DAY));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sweep answered " + response.statusCode() + ": " + response.body());
        }
        return http.json(response);
    }

    /** Waits until no e-mail of the run is pending or in flight (held ones wait for the hour), then the figures. */
    private void delivery() throws Exception {
        try (Connection connection = BenchDatabases.connect(postgres, DATABASE)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (count(connection, "status IN ('PENDING', 'SENDING', 'RETRYING')") > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("e-mails still pending after 5 minutes");
                }
                Thread.sleep(500);
            }
            List<Long> millis = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery("""
                    SELECT (EXTRACT(EPOCH FROM accepted_at - due_at) * 1000)::BIGINT FROM reminder_delivery
                     WHERE channel = 'EMAIL' AND status = 'SENT'""")) {
                while (rows.next()) {
                    millis.add(rows.getLong(1));
                }
            }
            if (millis.isEmpty()) {
                throw new IllegalStateException("no e-mail was sent: " + count(connection, "status = 'HELD'")
                        + " held, " + count(connection, "status = 'FAILED'") + " failed");
            }
            millis.sort(null);
            Figures.print("reminder.delivery.p99_ms", millis.get((int) Math.ceil(millis.size() * 0.99) - 1), "ms");
            System.out.printf("# reminder.delivery: %d e-mails accepted by the mail server, p50 %d ms, max %d ms; %d held"
                            + " by the per-person hourly limit, %d failed%n", millis.size(),
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1), count(connection, "status = 'HELD'"),
                    count(connection, "status = 'FAILED'"));
        }
    }

    private static long count(Connection connection, String condition) throws Exception {
        try (var rows = connection.createStatement().executeQuery(
                "SELECT COUNT(*) FROM reminder_delivery WHERE channel = 'EMAIL' AND " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The plan as the consumers would have left it: the people (a liaison per department, five leaders answering for
     * every department's indicators, the office), the calendar, and a policy without quiet hours (the run may fall
     * in the night of Asia/Shanghai, when e-mails wait).
     */
    private long seed() throws Exception {
        try (Connection connection = BenchDatabases.connect(postgres, DATABASE)) {
            var sql = connection.createStatement();
            sql.execute("""
                    INSERT INTO directory_account (account_id, name, department, phone, roles)
                    SELECT 'bench-liaison-' || d, '联络员' || d, '处室-' || lpad(d::text, 3, '0'), '139' || lpad(d::text, 8, '0'),
                           ARRAY['LIAISON']
                      FROM generate_series(0, %d) d""".formatted(DEPARTMENTS - 1));
            sql.execute("""
                    INSERT INTO directory_account (account_id, name, department, phone, roles)
                    SELECT 'bench-leader-' || l, '领导' || l, NULL, '138' || lpad(l::text, 8, '0'), ARRAY['LEADER']
                      FROM generate_series(0, %d) l
                    UNION ALL SELECT 'bench-office', '办公室', '办公室', '13700000000', ARRAY['OFFICE']""".formatted(LEADERS - 1));
            sql.execute("""
                    INSERT INTO directory_plan_leader (plan_id, leader, user_id)
                    SELECT '%s', '领导' || l, 'bench-leader-' || l FROM generate_series(0, %d) l""".formatted(PLAN, LEADERS - 1));
            sql.execute("""
                    INSERT INTO directory_plan_department (plan_id, department)
                    SELECT '%1$s', '处室-' || lpad(d::text, 3, '0') FROM generate_series(0, %2$d) d;
                    INSERT INTO obligation_plan (plan_id, year, issued_on, liaison_due_on)
                         VALUES ('%1$s', 2020, DATE '2020-01-05', DATE '2020-01-15');
                    INSERT INTO obligation_plan_department (plan_id, department)
                    SELECT plan_id, department FROM directory_plan_department WHERE plan_id = '%1$s'""".formatted(PLAN,
                    DEPARTMENTS - 1));
            sql.execute("""
                    INSERT INTO directory_indicator (indicator_id, plan_id)
                    SELECT '%1$s-ind-' || i, '%1$s' FROM generate_series(0, %2$d) i;
                    INSERT INTO directory_indicator_department (indicator_id, department)
                    SELECT '%1$s-ind-' || i, '处室-' || lpad(d::text, 3, '0')
                      FROM generate_series(0, %2$d) i, generate_series(0, %3$d) d;
                    INSERT INTO directory_indicator_leader (indicator_id, leader)
                    SELECT '%1$s-ind-' || i, '领导' || (i %% %4$d) FROM generate_series(0, %2$d) i""".formatted(PLAN,
                    INDICATORS - 1, DEPARTMENTS - 1, LEADERS));
            sql.execute("""
                    INSERT INTO obligation (obligation_key, kind, plan_id, department, label, scheduled_on, due_on, owner,
                                            done, done_on)
                    SELECT 'LIAISON_DESIGNATION:%1$s:' || dept, 'LIAISON_DESIGNATION', '%1$s', dept, '确定联络员',
                           DATE '2020-01-15', DATE '2020-01-15', 'LIAISON', TRUE, DATE '2020-01-10'
                      FROM (SELECT '处室-' || lpad(d::text, 3, '0') dept FROM generate_series(0, %2$d) d) depts;
                    INSERT INTO obligation (obligation_key, kind, plan_id, department, label, scheduled_on, due_on, owner,
                                            done, done_on)
                    SELECT 'MONTHLY_CHECK:%1$s:' || dept || ':2020-' || lpad(m::text, 2, '0'), 'MONTHLY_CHECK', '%1$s',
                           dept, '2020年' || m || '月 月度检查', due, due, 'LIAISON', m < 8, CASE WHEN m < 8 THEN due END
                      FROM (SELECT '处室-' || lpad(d::text, 3, '0') dept FROM generate_series(0, %2$d) d) depts,
                           LATERAL (SELECT m, (make_date(2020, m, 1) + INTERVAL '1 month - 1 day')::date due
                                      FROM generate_series(1, 12) m) months;
                    INSERT INTO obligation (obligation_key, kind, plan_id, department, label, scheduled_on, due_on, owner,
                                            done, done_on)
                    SELECT 'QUARTERLY_REPORT:%1$s:' || dept || ':2020-Q' || q, 'QUARTERLY_REPORT', '%1$s', dept,
                           '2020年第' || q || '季度 季度报告', due, due, 'LIAISON', q < 3, CASE WHEN q < 3 THEN due END
                      FROM (SELECT '处室-' || lpad(d::text, 3, '0') dept FROM generate_series(0, %2$d) d) depts,
                           LATERAL (SELECT q, (make_date(2020, 3 * q, 1) + INTERVAL '1 month - 1 day')::date due
                                      FROM generate_series(1, 4) q) quarters;
                    INSERT INTO obligation (obligation_key, kind, plan_id, department, subject_id, route_id, label,
                                            scheduled_on, due_on, owner)
                    SELECT 'TASK_DEADLINE:' || task, 'TASK_DEADLINE', '%1$s', dept, task, task, '任务' || i || ' 完成时限',
                           DATE '2020-12-31', DATE '2020-12-31', 'LIAISON'
                      FROM (SELECT '处室-' || lpad(d::text, 3, '0') dept, i, '%1$s-task-' || d || '-' || i task
                              FROM generate_series(0, %2$d) d, generate_series(0, %3$d) i) tasks;
                    INSERT INTO obligation (obligation_key, kind, plan_id, department, subject_id, route_id, label,
                                            scheduled_on, due_on, owner, done, done_on)
                    SELECT 'TASK_MILESTONE:' || task || ':' || due, 'TASK_MILESTONE', '%1$s', dept, task, task,
                           '任务' || i || ' ' || m || '月节点', due, due, 'LIAISON', m < 8, CASE WHEN m < 8 THEN due END
                      FROM (SELECT '处室-' || lpad(d::text, 3, '0') dept, i, '%1$s-task-' || d || '-' || i task
                              FROM generate_series(0, %2$d) d, generate_series(0, %3$d) i) tasks,
                           LATERAL (SELECT m, (make_date(2020, m, 1) + INTERVAL '1 month - 1 day')::date due
                                      FROM generate_series(1, 12) m) months""".formatted(PLAN, DEPARTMENTS - 1,
                    INDICATORS - 1));
            sql.execute("""
                    INSERT INTO reminder_policy_version (plan_id, version, days_before, on_due_day, escalation, quiet_from,
                                                         quiet_until, channels, adopted_at, adopted_by, reason)
                    VALUES ('%1$s', 1, '[3, 1]', TRUE, '[{"daysAfter": 1, "audiences": ["LIAISON"]},
                            {"daysAfter": 3, "audiences": ["LIAISON", "LEADER"]},
                            {"daysAfter": 7, "audiences": ["LIAISON", "LEADER", "OFFICE"]}]', '00:00', '00:00',
                            '["INBOX", "EMAIL"]', now(), 'bench', '基准测试：全天可发');
                    INSERT INTO reminder_policy_current (plan_id, version) VALUES ('%1$s', 1)""".formatted(PLAN));
            sql.execute("VACUUM ANALYZE obligation");
            try (var rows = sql.executeQuery("SELECT COUNT(*) FROM obligation")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
