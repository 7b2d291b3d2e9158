package kaohe.scoring.web;

import kaohe.scoring.export.QuarterlySummaryDocument;
import kaohe.scoring.export.QuarterlySummaryWorkbook;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.query.RankingRow;
import kaohe.scoring.query.ScorecardQueries;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.Scorecard;
import kaohe.scoring.whatif.ScorecardViews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static kaohe.scoring.access.ScoringAccess.WHOLE_PLAN;

/** The quarterly (or yearly) summary for upward reporting (汇总上报), as .xlsx and as .docx downloads. */
@RestController
@RequestMapping("/api/scoring/plans/{planId}")
public class SummaryExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ScorecardViews views;
    private final ScorecardQueries queries;
    private final LiveScoring live;

    public SummaryExportController(ScorecardViews views, ScorecardQueries queries, LiveScoring live) {
        this.views = views;
        this.queries = queries;
        this.live = live;
    }

    @GetMapping("/summary.xlsx")
    @PreAuthorize(WHOLE_PLAN)
    public ResponseEntity<byte[]> summary(@PathVariable String planId, @RequestParam(required = false) String period) {
        var scope = views.period(planId, period);
        live.newDay();
        List<RankingRow> ranking = queries.ranking(planId, scope.toString());
        Map<String, Scorecard> cards = queries.scorecards(planId, scope.toString());
        byte[] workbook = live.read(state -> QuarterlySummaryWorkbook.write(state.plan(planId).orElseThrow(), scope,
                live.today(), ranking, cards));
        return download(workbook, XLSX, name(scope) + ".xlsx");
    }

    /** The same summary as a Word document, for the paper trail. */
    @GetMapping("/summary.docx")
    @PreAuthorize(WHOLE_PLAN)
    public ResponseEntity<byte[]> document(@PathVariable String planId,
                                           @RequestParam(required = false) String period) {
        var scope = views.period(planId, period);
        live.newDay();
        List<RankingRow> ranking = queries.ranking(planId, scope.toString());
        byte[] document = live.read(state -> QuarterlySummaryDocument.write(state.plan(planId).orElseThrow(),
                scope, live.today(), ranking));
        return download(document, DOCX, name(scope) + ".docx");
    }

    private static String name(Period scope) {
        return scope.wholeYear() ? scope.year() + "年度考核汇总" : scope.year() + "年第" + scope.quarter() + "季度考核汇总";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
