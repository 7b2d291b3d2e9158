package kaohe.platform.chain;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Auditors (and the office) verify this service's event chain: {@code /api/<context>/chain/verification}. */
@RestController
public class EventChainController {

    private final EventChain chain;

    public EventChainController(EventChain chain) {
        this.chain = chain;
    }

    @GetMapping("/api/${kaohe.context}/chain/verification")
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
    public EventChain.Verification verify() {
        return chain.verify();
    }
}
