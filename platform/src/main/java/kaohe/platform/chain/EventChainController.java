package kaohe.platform.chain;

import kaohe.proof.ChainProof;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors (and the office) verify this service's event chain ({@code /api/<context>/chain/verification}); anyone
 * signed in may read the public key its checkpoints are signed with ({@code /api/<context>/chain/key}), to pin it
 * when verifying an export offline.
 */
@RestController
public class EventChainController {

    private final EventChain chain;
    private final ChainSigningKey key;

    public EventChainController(EventChain chain, ChainSigningKey key) {
        this.chain = chain;
        this.key = key;
    }

    @GetMapping("/api/${kaohe.context}/chain/verification")
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
    public EventChain.Verification verify() {
        return chain.verify();
    }

    @GetMapping("/api/${kaohe.context}/chain/key")
    @PreAuthorize("isAuthenticated()")
    public ChainProof.Signer key() {
        return key.signer();
    }
}
