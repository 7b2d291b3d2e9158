package kaohe.indicator.web;

import kaohe.indicator.importing.CraftedFiles;
import kaohe.indicator.importing.OfficeDocuments;
import kaohe.testengines.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted office files are refused with {@code file-too-complex} within the import budget, while another client's
 * reads stay fast; a spreadsheet stating its year only in its title rows is imported like the notice.
 */
class ImportLimitsIntegrationTest extends IntegrationTestBase {

    /** The budget is 2 s per file; the machine is shared, so the bounds here are generous. */
    private static final long IMPORT_BOUND_SECONDS = 30;
    private static final Duration READ_BOUND = Duration.ofSeconds(5);

    @Test
    void craftedFilesAreRefusedWithinTheBudgetWhileReadsStayFast() throws Exception {
        String planId = importSeed();
        String indicators = "/api/indicator/plans/" + planId + "/indicators";
        List<CompletableFuture<Answer>> crafted = new ArrayList<>();
        for (byte[] file : List.of(CraftedFiles.xlsxMergedToLastRow(true), CraftedFiles.docxWithGridSpan(2_000_000_000L),
                CraftedFiles.xlsxMergedToLastRow(true))) {
            crafted.add(CompletableFuture.supplyAsync(
                    () -> api.upload(Users.OFFICE, "/api/indicator/imports?planId=" + planId, file, "分解表.xlsx")));
        }

        Duration slowest = Duration.ZERO;
        while (!crafted.stream().allMatch(CompletableFuture::isDone) && slowest.compareTo(READ_BOUND) < 0) {
            long start = System.nanoTime();
            var read = api.get(Users.LEADER, indicators);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).hasSize(52);
        }

        for (var answer : crafted) {
            Answer refused = answer.get(IMPORT_BOUND_SECONDS, TimeUnit.SECONDS);
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("file-too-complex");
            assertThat(refused.body().get("detail").asText()).containsAnyOf("单元格数", "一行的列数");
        }
        assertThat(slowest).isLessThan(READ_BOUND);
    }

    @Test
    void anXlsxWhoseSheetsStateTheYearOnlyInTheirTitleRowsIsCommitted() {
        String planId = newPlanId();

        var answer = api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId,
                OfficeDocuments.xlsxWithYearInTitleRows(), "分解表.xlsx");

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("created").asInt()).isEqualTo(2);
        var plan = api.get(Users.OFFICE, "/api/indicator/plans/" + planId).body();
        assertThat(plan.get("year").asInt()).isEqualTo(2020);
        assertThat(plan.get("title").asText()).isEqualTo("2020年度目标责任考核指标任务分解表");
    }

    @Test
    void aTableWithAnUnboundedTargetIsNotCommitted() {
        String planId = newPlanId();
        byte[] table = """
                2020年度目标责任考核指标任务分解表

                负面清单

                | 考核指标 | 责任处室 |
                |---|---|
                | 1. 打造 10000000000000 个示范镇街 | 办公室 |
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var dryRun = api.upload(Users.OFFICE, "/api/indicator/imports?planId=" + planId, table, "分解表.txt");
        var commit = api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId, table, "分解表.txt");

        assertThat(dryRun.body().get("problems").get(0).get("message").asText()).contains("10000000000000", "超出范围");
        assertThat(commit.status()).isEqualTo(422);
        assertThat(commit.code()).isEqualTo("import-has-problems");
        assertThat(api.get(Users.OFFICE, "/api/indicator/plans/" + planId).status()).isEqualTo(404);
    }
}
