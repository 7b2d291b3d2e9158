package kaohe.platform.chain;

import kaohe.platform.command.Refusal;
import kaohe.proof.ChainProof;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

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

    /** {@code ?anchor=<globalIndex>:<hash>} (repeatable, ≤ 100): links kept elsewhere that the chain must still hold. */
    @GetMapping("/api/${kaohe.context}/chain/verification")
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
    public EventChain.Verification verify(@RequestParam(name = "anchor", required = false) List<String> anchors) {
        List<EventChain.Anchor> parsed = new ArrayList<>();
        if (anchors != null) {
            if (anchors.size() > 100) {
                throw Refusal.invalidField("anchor", "invalid-parameter", "anchor");
            }
            for (String anchor : anchors) {
                try {
                    parsed.add(EventChain.Anchor.parse(anchor));
                } catch (IllegalArgumentException malformed) {
                    throw Refusal.invalidField("anchor", "invalid-parameter", "anchor");
                }
            }
        }
        return chain.verify(parsed);
    }

    /** The key signing now, and the ones it replaced (whose checkpoints still verify): what an auditor pins. */
    public record PublishedKey(String keyId, String algorithm, String publicKey, List<ChainProof.Signer> retired) {
    }

    @GetMapping("/api/${kaohe.context}/chain/key")
    @PreAuthorize("isAuthenticated()")
    public PublishedKey key() {
        var signer = key.signer();
        return new PublishedKey(signer.keyId(), signer.algorithm(), signer.publicKey(), key.retiredSigners());
    }
}
