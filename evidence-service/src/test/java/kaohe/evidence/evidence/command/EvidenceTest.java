package kaohe.evidence.evidence.command;

import kaohe.evidence.catalog.PlanCatalog;
import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceLinkedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class EvidenceTest {

    private static final String ID = "ev-1";
    private static final String SHA = "a".repeat(64);
    /** 2020-09-20 10:00 in Shanghai. */
    private static final Instant TAKEN = Instant.parse("2020-09-20T02:00:00Z");
    private static final EvidenceUploadedEvent PHOTO = new EvidenceUploadedEvent(ID, "plan-2020", "政务服务管理处",
            "image/jpeg", true, 2048, SHA, "kaohe-evidence", "evidence/" + ID, "示范镇街验收.jpg", TAKEN, 34.26,
            108.94, List.of());
    private static final EvidenceUploadedEvent PDF = new EvidenceUploadedEvent(ID, "plan-2020", "政务服务管理处",
            "application/pdf", false, 4096, SHA, "kaohe-evidence", "evidence/" + ID, "总结.pdf", null, null, null,
            List.of());

    /** The plan and ledger records the catalog knows: 政务服务管理处's, and one of 督查处. */
    private static final PlanCatalog CATALOG = new PlanCatalog() {
        @Override
        public boolean knowsPlan(String planId) {
            return planId.equals("plan-2020");
        }

        @Override
        public Optional<LedgerRecord> record(String targetType, String targetId) {
            String owner = switch (targetType + "|" + targetId) {
                case "REPORT|r-q3", "CHECK|c-08", "TASK|t-1" -> "政务服务管理处";
                case "REPORT|ducha-q3" -> "督查处";
                default -> null;
            };
            return Optional.ofNullable(owner).map(department -> new LedgerRecord("plan-2020", department));
        }
    };

    /** Already 2020-10-10 in Asia/Shanghai. */
    private static final Clock REAL_CLOCK = Clock.fixed(Instant.parse("2020-10-09T17:00:00Z"), ZoneOffset.UTC);

    private AggregateTestFixture<Evidence> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evidence.class);
        fixture.registerInjectableResource(BusinessDay.real(REAL_CLOCK));
        fixture.registerInjectableResource(CATALOG);
    }

    @Test
    void recordsAVerifiedUpload() {
        fixture.givenNoPriorActivity().when(new RecordUploadCommand(PHOTO)).expectEvents(PHOTO);
    }

    @Test
    void refusesAnUploadWithoutVerifiedSizeAndHash() {
        var unverified = new EvidenceUploadedEvent(ID, "plan-2020", "政务服务管理处", "image/jpeg", true, 0, SHA,
                "kaohe-evidence", "evidence/" + ID, "x.jpg", null, null, null, List.of());
        fixture.givenNoPriorActivity().when(new RecordUploadCommand(unverified))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unverified-upload");
    }

    @Test
    void refusesAnUploadToAPlanTheCatalogDoesNotKnow() {
        var elsewhere = new EvidenceUploadedEvent(ID, "plan-1999", "政务服务管理处", "image/jpeg", true, 2048, SHA,
                "kaohe-evidence", "evidence/" + ID, "x.jpg", null, null, null, List.of());
        fixture.givenNoPriorActivity().when(new RecordUploadCommand(elsewhere))
                .expectNoEvents().expectException(refusal(Refusal.Kind.UNPROCESSABLE, "plan-not-found"));
    }

    @Test
    void refusesALinkToAnotherDepartmentsRecord() {
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "REPORT", "ducha-q3", "2020-Q3"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.FORBIDDEN, "not-your-department"));
    }

    @Test
    void refusesALinkToARecordTheCatalogDoesNotKnow() {
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "TASK", "t-404", "2020"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.UNPROCESSABLE, "link-target-not-found"));
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "CHECK", "r-q3", "2020-08"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.UNPROCESSABLE, "link-target-not-found"));
    }

    @Test
    void aPhotoTakenInThePeriodIsLinkedUnflagged() {
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "REPORT", "r-q3", "2020-Q3"))
                .expectEvents(new EvidenceLinkedEvent(ID, "REPORT", "r-q3", "2020-Q3", LocalDate.of(2020, 7, 1),
                        LocalDate.of(2020, 9, 30), false));
    }

    @Test
    void aPhotoTakenOutsideThePeriodIsFlaggedNotRefused() {
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "CHECK", "c-08", "2020-08"))
                .expectEvents(new EvidenceLinkedEvent(ID, "CHECK", "c-08", "2020-08", LocalDate.of(2020, 8, 1),
                        LocalDate.of(2020, 8, 31), true));
    }

    @Test
    void aDocumentIsNeverFlagged() {
        fixture.given(PDF).when(new LinkEvidenceCommand(ID, "TASK", "t-1", "2019"))
                .expectEvents(new EvidenceLinkedEvent(ID, "TASK", "t-1", "2019", LocalDate.of(2019, 1, 1),
                        LocalDate.of(2019, 12, 31), false));
    }

    @Test
    void refusesTheSameLinkTwiceAnUnknownTargetOrPeriod() {
        var linked = new EvidenceLinkedEvent(ID, "REPORT", "r-q3", "2020-Q3", LocalDate.of(2020, 7, 1),
                LocalDate.of(2020, 9, 30), false);
        fixture.given(PHOTO, linked).when(new LinkEvidenceCommand(ID, "REPORT", "r-q3", "2020-Q3"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("evidence-already-linked");
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "INVOICE", "x", "2020"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-value");
        fixture.given(PHOTO).when(new LinkEvidenceCommand(ID, "TASK", "x", "2020-13"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("invalid-period");
    }

    @Test
    void archivesOnTheBusinessDayInShanghai() {
        fixture.given(PHOTO).when(new ArchiveEvidenceCommand(ID))
                .expectEvents(new EvidenceArchivedEvent(ID, "政务服务管理处", LocalDate.of(2020, 10, 10)));
    }

    @Test
    void refusesArchivingTwice() {
        fixture.given(PHOTO, new EvidenceArchivedEvent(ID, "政务服务管理处", LocalDate.of(2020, 10, 10)))
                .when(new ArchiveEvidenceCommand(ID))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("evidence-already-archived");
    }

    @Test
    void archivesOnTheSetBusinessDateNotTheRealOne() {
        var shifted = new AggregateTestFixture<>(Evidence.class);
        shifted.registerInjectableResource(BusinessDay.fixedOn(REAL_CLOCK, LocalDate.of(2020, 7, 20)));
        shifted.registerInjectableResource(CATALOG);
        shifted.given(PHOTO).when(new ArchiveEvidenceCommand(ID))
                .expectEvents(new EvidenceArchivedEvent(ID, "政务服务管理处", LocalDate.of(2020, 7, 20)));
    }

    @Test
    void theOwnerWithdrawsUnarchivedEvidenceWithAReason() {
        fixture.given(PHOTO).when(new WithdrawEvidenceCommand(ID, "拍错了"))
                .expectEvents(new EvidenceWithdrawnEvent(ID, "政务服务管理处"));
        fixture.given(PHOTO).when(new WithdrawEvidenceCommand(ID, " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void archivedEvidenceCannotBeWithdrawn() {
        fixture.given(PHOTO, new EvidenceArchivedEvent(ID, "政务服务管理处", LocalDate.of(2020, 10, 10)))
                .when(new WithdrawEvidenceCommand(ID, "拍错了"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("evidence-archived");
    }

    @Test
    void withdrawnEvidenceTakesNoLinkArchiveOrSecondWithdrawal() {
        var withdrawn = new EvidenceWithdrawnEvent(ID, "政务服务管理处");
        fixture.given(PHOTO, withdrawn).when(new LinkEvidenceCommand(ID, "TASK", "t", "2020"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("evidence-withdrawn");
        fixture.given(PHOTO, withdrawn).when(new ArchiveEvidenceCommand(ID))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("evidence-withdrawn");
        fixture.given(PHOTO, withdrawn).when(new WithdrawEvidenceCommand(ID, "again"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("evidence-withdrawn");
    }

    private static Matcher<Refusal> refusal(Refusal.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.kind() == kind && refusal.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind + " " + code);
            }
        };
    }
}
