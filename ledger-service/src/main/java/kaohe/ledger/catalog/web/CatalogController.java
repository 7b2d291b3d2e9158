package kaohe.ledger.catalog.web;

import kaohe.ledger.access.LedgerAccess;
import kaohe.ledger.catalog.CarriedIndicator;
import kaohe.ledger.catalog.IndicatorCatalogProjection;
import kaohe.platform.command.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static kaohe.ledger.access.LedgerAccess.READ;

/**
 * What the ledger has learnt of a plan from the indicator context: its departments and, for a department, the
 * indicators it carries — where a liaison starts building the ledger.
 */
@RestController
@RequestMapping("/api/ledger/plans")
public class CatalogController {

    public record PlanCatalog(String planId, int year, List<String> departments, int indicators) {
    }

    private final IndicatorCatalogProjection catalog;
    private final LedgerAccess access;

    public CatalogController(IndicatorCatalogProjection catalog, LedgerAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping("/{planId}")
    @PreAuthorize(READ)
    public PlanCatalog plan(@PathVariable String planId) {
        int year = catalog.planYear(planId).orElseThrow(() -> Refusal.notFound("unknown-plan", planId));
        return new PlanCatalog(planId, year, catalog.departments(planId), catalog.indicatorCount(planId));
    }

    @GetMapping("/{planId}/carried")
    @PreAuthorize(READ)
    public List<CarriedIndicator> carried(@PathVariable String planId, @RequestParam String department) {
        access.requireRead(planId, department);
        catalog.planYear(planId).orElseThrow(() -> Refusal.notFound("unknown-plan", planId));
        return catalog.carriedBy(planId, department);
    }
}
