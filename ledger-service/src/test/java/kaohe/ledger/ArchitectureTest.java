package kaohe.ledger;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries DESIGN.md draws, checked on the compiled classes. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kaohe.ledger", "kaohe.indicator");

    @Test
    void theLedgerKnowsOtherContextsOnlyByTheirPublishedEvents() {
        noClasses().that().resideInAPackage("kaohe.ledger..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("kaohe.indicator..",
                                "kaohe.evidence..", "kaohe.scoring..", "kaohe.gateway..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages("kaohe.indicator.event..",
                                "kaohe.evidence.event..")))
                .check(classes);
    }

    @Test
    void publishedEventsArePlainRecords() {
        noClasses().that().resideInAPackage("kaohe.ledger.event..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta..", "com.fasterxml..",
                        "kaohe.platform..")
                .check(classes);
    }

    @Test
    void aggregatesDoNotReachIntoTheWebOrQuerySides() {
        noClasses().that().resideInAPackage("..command..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..query..",
                        "org.springframework.jdbc..")
                .check(classes);
    }
}
