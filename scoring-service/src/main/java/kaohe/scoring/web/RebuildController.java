package kaohe.scoring.web;

import kaohe.scoring.access.ScoringAccess;
import kaohe.scoring.rebuild.ProjectionRebuilds;
import kaohe.scoring.rebuild.RebuildRun;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Rebuilding every projection from the event history (the office and auditors): start one, watch it, see past ones. */
@RestController
@RequestMapping("/api/scoring/rebuilds")
public class RebuildController {

    private final ProjectionRebuilds rebuilds;
    private final ScoringAccess access;

    public RebuildController(ProjectionRebuilds rebuilds, ScoringAccess access) {
        this.rebuilds = rebuilds;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<RebuildRun> start() {
        access.requireReadAll();
        RebuildRun run = rebuilds.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/scoring/rebuilds/" + run.id()))
                .body(run);
    }

    @GetMapping("/{id}")
    public RebuildRun get(@PathVariable String id) {
        access.requireReadAll();
        return rebuilds.find(id);
    }

    @GetMapping
    public List<RebuildRun> recent() {
        access.requireReadAll();
        return rebuilds.recent();
    }
}
