package kaohe.identity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries DESIGN.md draws, checked on the compiled classes. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kaohe.identity");

    @Test
    void theServiceNeverImportsAnotherServiceOrTheGateway() {
        noClasses().that().resideInAPackage("kaohe.identity..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("kaohe.indicator..", "kaohe.ledger..", "kaohe.evidence..", "kaohe.scoring..",
                        "kaohe.gateway..")
                .check(classes);
    }

    @Test
    void eventsArePlainRecords() {
        noClasses().that().resideInAPackage("kaohe.identity.account.event..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta..", "com.fasterxml..",
                        "kaohe.platform..")
                .check(classes);
    }

    @Test
    void theAggregateDoesNotReachIntoTheWebOrQuerySides() {
        noClasses().that().resideInAPackage("..account.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..query..")
                .check(classes);
    }
}
