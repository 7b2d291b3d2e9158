package kaohe.evidence.evidence.command;

import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceLinkedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.platform.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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

    private AggregateTestFixture<Evidence> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evidence.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2020-10-09T17:00:00Z"), ZoneOffset.UTC));
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
}
