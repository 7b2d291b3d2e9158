package kaohe.supervision;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries DESIGN.md draws, checked on the compiled classes. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kaohe.supervision");

    @Test
    void theServiceReadsOtherContextsOnlyThroughTheirPublishedEvents() {
        noClasses().that().resideInAPackage("kaohe.supervision..")
                .should().dependOnClassesThat(resideInAnyPackage("kaohe.indicator..", "kaohe.ledger..",
                        "kaohe.evidence..", "kaohe.scoring..", "kaohe.identity..", "kaohe.gateway..")
                        .and(not(resideInAnyPackage("kaohe.indicator.event..", "kaohe.ledger.event..",
                                "kaohe.identity.account.event.."))))
                .check(classes);
    }

    @Test
    void publishedEventsArePlainRecords() {
        noClasses().that().resideInAPackage("kaohe.supervision.event..")
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
