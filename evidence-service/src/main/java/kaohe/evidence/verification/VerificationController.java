package kaohe.evidence.verification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

import static kaohe.evidence.access.EvidenceAccess.OFFICE;
import static kaohe.evidence.access.EvidenceAccess.VERIFY;

/** Auditors and the office check every evidence event against its object; the office sweeps orphans. */
@RestController
@RequestMapping("/api/evidence")
public class VerificationController {

    private final EvidenceVerification verification;
    private final OrphanSweep sweep;

    public VerificationController(EvidenceVerification verification, OrphanSweep sweep) {
        this.verification = verification;
        this.sweep = sweep;
    }

    @GetMapping("/verification")
    @PreAuthorize(VERIFY)
    public EvidenceVerification.Report verify() {
        return verification.run();
    }

    /** Removes now the objects older than the configured age that no event refers to. */
    @PostMapping("/maintenance/orphan-sweep")
    @PreAuthorize(OFFICE)
    public Map<String, List<String>> sweepOrphans() {
        return Map.of("removed", sweep.scheduled());
    }
}
