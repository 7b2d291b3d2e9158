package kaohe.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.ProgressSnapshot;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A synthetic year of one plan in a 100-department city, exactly {@link #EVENTS} events as scoring stores them,
 * COPYed into a {@code consumed_event} table: the notice (AssessmentPlanDefined), the 100 departments, 50
 * indicators with their lead departments, 10 quantitative ledger tasks per department, each department's 12
 * monthly checks (opened, submitted) and 4 quarterly reports (drafted, submitted), and TaskProgressRecorded events
 * for the rest — every task's actual recorded again and again in each month's check. Envelopes are the contract
 * records written by Jackson in the publisher's envelope; the same seed gives the same history.
 */
final class ScoringHistory {

    static final long EVENTS = 1_000_000;
    static final String PLAN = "bench-scoring-2020";
    static final int YEAR = 2020;
    static final List<String> DEPARTMENTS = IntStream.rangeClosed(1, 100)
            .mapToObj(i -> String.format("考核单位%03d", i)).toList();

    private static final int INDICATORS = 50;
    private static final int TASKS_PER_DEPARTMENT = 10;
    private static final LocalDate ISSUED_ON = LocalDate.of(YEAR, 1, 10);
    private static final LocalDate DEADLINE = LocalDate.of(YEAR, 12, 25);
    private static final String UNIT = "个";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Map<String, Object> OFFICE = actor("office-admin", "办公室管理员", "办公室", "OFFICE");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Random random = new Random(YEAR);
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<String> indicatorIds = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final Map<String, Map<String, Object>> liaisons = new HashMap<>();
    private Writer out;
    private long written;

    /** The envelope as the publisher writes it (kaohe.platform.publish.EventEnvelope, field for field). */
    private record Envelope(String eventId, String type, String aggregateType, String aggregateId, long sequence,
                            String occurredAt, Map<String, Object> metadata, Object payload) {
    }

    private record Task(String taskId, String indicatorId, String department, String title, BigDecimal target,
                        double pace) {
    }

    /** Writes the history into {@code consumed_event} of {@code jdbcUrl}; answers the number of events. */
    long load(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY consumed_event (event_id, type, aggregate_id, sequence, occurred_at, business_day, plan_id,
                                          envelope)
                    FROM STDIN""");
            try (var writer = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(copy, 1 << 20),
                    StandardCharsets.UTF_8), 1 << 20)) {
                out = writer;
                write();
            }
        }
        return written;
    }

    private void write() throws IOException {
        Instant clock = ISSUED_ON.atTime(2, 0).toInstant(ZoneOffset.UTC);
        emit(clock, "indicator", "AssessmentPlan", PLAN, OFFICE, new AssessmentPlanDefinedEvent(PLAN, YEAR,
                YEAR + "年度目标责任考核计划（基准测试）", "市考核办", "市考发〔" + YEAR + "〕1号", ISSUED_ON,
                ISSUED_ON.plusDays(10)));
        for (String department : DEPARTMENTS) {
            emit(clock = clock.plusSeconds(1), "indicator", "AssessmentPlan", PLAN, OFFICE,
                    new DepartmentRegisteredEvent(PLAN, department));
        }
        IndicatorKind[] kinds = {IndicatorKind.PROVINCIAL_COMMON, IndicatorKind.MUNICIPAL_KEY_WORK,
                IndicatorKind.COMMON};
        for (int i = 0; i < INDICATORS; i++) {
            String indicatorId = uuid();
            indicatorIds.add(indicatorId);
            emit(clock = clock.plusSeconds(1), "indicator", "Indicator", indicatorId, OFFICE,
                    new IndicatorDefinedEvent(indicatorId, PLAN, kinds[i % kinds.length],
                            String.format("基准指标-%02d", i + 1), "基准测试", String.format(
                                    "基准测试指标 %02d：完成示范点创建并通过验收", i + 1), i % kinds.length == 0,
                            List.of(new Target("T1", new BigDecimal(100), UNIT, "示范点")),
                            List.of(DEPARTMENTS.get(2 * i), DEPARTMENTS.get(2 * i + 1)), List.of(), true,
                            List.of("分管领导" + (i % 5 + 1)), null));
        }
        clock = ISSUED_ON.plusDays(10).atTime(1, 0).toInstant(ZoneOffset.UTC);
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            String department = DEPARTMENTS.get(d);
            // most departments keep pace with the plan, a few fall behind: the ranking has a spread
            double pace = 0.7 + 0.4 * random.nextDouble();
            for (int t = 0; t < TASKS_PER_DEPARTMENT; t++) {
                String indicatorId = indicatorIds.get((d / 2 + t) % INDICATORS);
                var task = new Task(uuid(), indicatorId, department, String.format("%s 台账任务 %02d", department,
                        t + 1), new BigDecimal(20 + random.nextInt(180)), pace);
                tasks.add(task);
                emit(clock = clock.plusSeconds(1), "ledger", "LedgerTask", task.taskId(), liaison(department),
                        new LedgerTaskDraftedEvent(task.taskId(), PLAN, indicatorId, department,
                                t == 0 ? CarriedAs.LEAD : CarriedAs.COOPERATING, task.title(), defines(task)));
                // only tasks whose six defines the office approved count in scoring
                emit(clock = clock.plusSeconds(1), "ledger", "LedgerTask", task.taskId(), OFFICE,
                        new LedgerTaskApprovedEvent(task.taskId(), department, defines(task),
                                task.target().compareTo(new BigDecimal(100)) < 0));
            }
        }
        long progress = EVENTS - written - 12L * DEPARTMENTS.size() * 2 - 4L * DEPARTMENTS.size() * 2;
        Map<String, String> checks = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(YEAR, month);
            submitChecks(yearMonth.minusMonths(1), checks);
            Instant opened = yearMonth.atDay(1).atTime(1, 0).toInstant(ZoneOffset.UTC);
            for (String department : DEPARTMENTS) {
                String checkId = uuid();
                checks.put(department, checkId);
                emit(opened = opened.plusSeconds(1), "ledger", "MonthlyCheck", checkId, liaison(department),
                        new MonthlyCheckOpenedEvent(checkId, PLAN, department, yearMonth.toString(),
                                checkDue(yearMonth)));
            }
            long inMonth = progress / 12 + (month <= progress % 12 ? 1 : 0);
            recordProgress(yearMonth, inMonth, checks);
        }
        submitChecks(YearMonth.of(YEAR, 12), checks);
        if (written != EVENTS) {
            throw new IllegalStateException("the synthetic history has " + written + " events, not " + EVENTS);
        }
    }

    /** Every task's actual, round after round through the month's checks, rising towards the month's share. */
    private void recordProgress(YearMonth month, long events, Map<String, String> checks) throws IOException {
        long rounds = (events + tasks.size() - 1) / tasks.size();
        Instant start = month.atDay(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        long step = Duration.ofDays(month.lengthOfMonth() - 3).toMillis() / Math.max(1, events);
        for (long n = 0; n < events; n++) {
            Task task = tasks.get((int) (n % tasks.size()));
            long round = n / tasks.size() + 1;
            double share = (month.getMonthValue() - 1 + (double) round / rounds) / 12 * task.pace();
            BigDecimal actual = task.target().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
            emit(start.plusMillis(step * n), "ledger", "MonthlyCheck", checks.get(task.department()),
                    liaison(task.department()), new TaskProgressRecordedEvent(checks.get(task.department()),
                            task.department(), month.toString(), task.taskId(), task.indicatorId(), actual, UNIT,
                            task.pace() < 0.85 ? ProgressStatus.BEHIND : ProgressStatus.ON_TRACK,
                            month.getMonthValue() + "月第" + round + "次填报：按台账推进"));
        }
    }

    /** The month's checks handed in (one department in ten late), and the quarter's reports when it ended. */
    private void submitChecks(YearMonth month, Map<String, String> checks) throws IOException {
        if (month.getYear() != YEAR) {
            return;
        }
        LocalDate dueOn = checkDue(month);
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            String department = DEPARTMENTS.get(d);
            int daysLate = d % 10 == 0 ? 1 + month.getMonthValue() % 4 : 0;
            LocalDate submittedOn = daysLate > 0 ? dueOn.plusDays(daysLate) : dueOn.minusDays(d % 4);
            emit(submittedOn.atTime(2, 0).toInstant(ZoneOffset.UTC).plusSeconds(d), "ledger", "MonthlyCheck",
                    checks.get(department), liaison(department), new MonthlyCheckSubmittedEvent(
                            checks.get(department), department, month.toString(), submittedOn, dueOn, daysLate));
        }
        if (month.getMonthValue() % 3 == 0) {
            submitReports(month.getMonthValue() / 3, month);
        }
    }

    private void submitReports(int quarterNumber, YearMonth lastMonth) throws IOException {
        String quarter = YEAR + "-Q" + quarterNumber;
        LocalDate dueOn = lastMonth.atEndOfMonth().plusDays(10);
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            String department = DEPARTMENTS.get(d);
            String reportId = uuid();
            Instant drafted = lastMonth.plusMonths(1).atDay(1).atTime(3, 0).toInstant(ZoneOffset.UTC).plusSeconds(d);
            emit(drafted, "ledger", "QuarterlyReport", reportId, liaison(department),
                    new QuarterlyReportDraftedEvent(reportId, PLAN, department, quarter, dueOn));
            int daysLate = d % 25 == 0 ? 2 : 0;
            LocalDate submittedOn = daysLate > 0 ? dueOn.plusDays(daysLate) : dueOn.minusDays(2);
            List<ProgressSnapshot> snapshots = tasks.stream().filter(task -> task.department().equals(department))
                    .map(task -> new ProgressSnapshot(task.taskId(), task.indicatorId(), task.title(), task.target(),
                            UNIT, lastMonth.toString(), task.target().multiply(BigDecimal.valueOf(
                                    lastMonth.getMonthValue() / 12.0 * task.pace())).setScale(2, RoundingMode.HALF_UP),
                            ProgressStatus.ON_TRACK, "按台账推进"))
                    .toList();
            emit(submittedOn.atTime(2, 0).toInstant(ZoneOffset.UTC).plusSeconds(d), "ledger", "QuarterlyReport",
                    reportId, liaison(department), new QuarterlyReportSubmittedEvent(reportId, PLAN, department,
                            quarter, 1, department + YEAR + "年第" + quarterNumber + "季度目标任务进展情况：共承担"
                            + TASKS_PER_DEPARTMENT + "项任务，均按台账推进，每月查漏补缺并形成小结。", snapshots,
                            List.of(uuid(), uuid()), submittedOn, dueOn, daysLate));
        }
    }

    private static SixDefines defines(Task task) {
        return new SixDefines("落实" + task.title() + "，推动示范点创建", new Quantity(task.target(), UNIT, "T1"), false,
                "示范点验收合格，资料齐全", DEADLINE, List.of(new Milestone(LocalDate.of(YEAR, 6, 30), "完成年度任务过半"),
                new Milestone(LocalDate.of(YEAR, 12, 15), "全面完成并整理印证资料")), task.department(),
                task.department() + "负责人", "建立工作台账，明确责任人和完成时限；每月对照台账查漏补缺、做好小结。");
    }

    private static LocalDate checkDue(YearMonth month) {
        return month.atEndOfMonth().plusDays(5);
    }

    private Map<String, Object> liaison(String department) {
        return liaisons.computeIfAbsent(department, name -> {
            var who = BenchHttp.Identity.liaison(name);
            return actor(who.userId(), who.name(), who.department(), who.roles());
        });
    }

    private static Map<String, Object> actor(String id, String name, String department, String roles) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("actorId", id);
        metadata.put("actorName", name);
        metadata.put("actorDepartment", department);
        metadata.put("actorRoles", roles);
        return metadata;
    }

    /** One COPY row: the columns scoring fills when it consumes an event, and the envelope as it arrived. */
    private void emit(Instant at, String context, String aggregateType, String aggregateId,
                      Map<String, Object> actor, Object payload) throws IOException {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String eventId = uuid();
        String type = context + "." + payload.getClass().getSimpleName().replaceFirst("Event$", "") + ".v1";
        Map<String, Object> metadata = new LinkedHashMap<>(actor);
        metadata.put("correlationId", uuid());
        String envelope = json.writeValueAsString(new Envelope(eventId, type, aggregateType, aggregateId, sequence,
                at.toString(), metadata, payload));
        out.write(eventId);
        out.write('\t');
        out.write(type);
        out.write('\t');
        out.write(aggregateId);
        out.write('\t');
        out.write(Long.toString(sequence));
        out.write('\t');
        out.write(at.toString());
        out.write('\t');
        // the scoring service's rule for an event without a set business date: its day in Asia/Shanghai
        out.write(at.atZone(SHANGHAI).toLocalDate().toString());
        out.write('\t');
        out.write(PLAN);
        out.write('\t');
        out.write(copyText(envelope));
        out.write('\n');
        written++;
    }

    /** COPY's text format: a backslash, tab or line break inside a column must be escaped. */
    private static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
