package kaohe.crudpeer.targets;

import jakarta.validation.Valid;
import kaohe.platform.actor.Actor;
import kaohe.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/crudpeer/targets/{id}}: the indicator target revision as a CRUD app serves it — the office's
 * role, the version in {@code If-Match} (428 without, 412 when stale), the new version as the ETag.
 */
@RestController
@RequestMapping("/api/crudpeer/targets")
public class CrudTargetController {

    private final CrudTargets targets;

    public CrudTargetController(CrudTargets targets) {
        this.targets = targets;
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICE')")
    public ResponseEntity<TargetVersion> revise(@PathVariable String id,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @Valid @RequestBody TargetRevision revision,
                                                @AuthenticationPrincipal Actor actor) {
        long version = targets.revise(id, IfMatch.version(ifMatch), revision, actor.id());
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(new TargetVersion(id, version));
    }
}
