package kaohe.scoring.web;

import kaohe.scoring.rebuild.ProjectionRebuilds;
import kaohe.scoring.rebuild.RebuildRun;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static kaohe.scoring.access.ScoringAccess.WHOLE_PLAN;

/** Rebuilding every projection from the event history (the office and auditors): start one, watch it, see past ones. */
@RestController
@RequestMapping("/api/scoring/rebuilds")
public class RebuildController {

    private final ProjectionRebuilds rebuilds;

    public RebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @PreAuthorize(WHOLE_PLAN)
    public ResponseEntity<RebuildRun> start() {
        RebuildRun run = rebuilds.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/scoring/rebuilds/" + run.id()))
                .body(run);
    }

    @GetMapping("/{id}")
    @PreAuthorize(WHOLE_PLAN)
    public RebuildRun get(@PathVariable String id) {
        return rebuilds.find(id);
    }

    @GetMapping
    @PreAuthorize(WHOLE_PLAN)
    public List<RebuildRun> recent() {
        return rebuilds.recent();
    }
}
