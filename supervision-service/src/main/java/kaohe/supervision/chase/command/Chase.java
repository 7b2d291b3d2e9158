package kaohe.supervision.chase.command;

import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import kaohe.supervision.directory.Directory;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.event.ChaseSubjectKind;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A 督办单: the office opens it to a department (立项), the department signs for it (签收) and replies (反馈), the
 * office accepts the reply (复核通过) or sends it back with a new reply-by date (退回重办, answered again without a
 * new signature), and closes it (办结); until closed it can be withdrawn (撤销). Only the chased department's own
 * liaison signs and replies.
 */
@Aggregate(cache = "aggregateCache")
public class Chase {

    @AggregateIdentifier
    private String chaseId;
    private String planId;
    private String department;
    private LocalDate replyBy;
    private ChaseStatus status;
    private int round;
    private int daysLate;

    protected Chase() {
    }

    @CommandHandler
    public Chase(OpenChaseCommand command, Directory directory, BusinessDay businessDay) {
        if (!directory.takesPart(command.planId(), command.department())) {
            throw Refusal.invalidField("department", "department-not-in-plan", command.department(),
                    command.planId());
        }
        requireSubject(command.subject());
        LocalDate today = businessDay.today();
        requireNotPast(command.replyBy(), today);
        apply(new ChaseOpenedEvent(command.chaseId(), command.planId(), command.department(), command.subject(),
                command.title(), command.message(), command.replyBy(), today));
    }

    @CommandHandler
    public void handle(SignChaseCommand command, BusinessDay businessDay) {
        requireOwnDepartment(command.signerDepartment());
        if (status != ChaseStatus.OPENED) {
            throw Refusal.unprocessable("chase-not-open", status);
        }
        apply(new ChaseSignedEvent(chaseId, planId, department, businessDay.today()));
    }

    @CommandHandler
    public void handle(ReplyToChaseCommand command, BusinessDay businessDay) {
        requireOwnDepartment(command.replierDepartment());
        if (status != ChaseStatus.SIGNED && status != ChaseStatus.SENT_BACK) {
            throw Refusal.unprocessable("chase-not-awaiting-reply", status);
        }
        if (command.progress() == null || command.progress().isBlank()) {
            throw Refusal.invalidField("progress", "progress-required");
        }
        if (new HashSet<>(command.evidence()).size() != command.evidence().size()) {
            throw Refusal.invalidField("evidence", "duplicate-evidence");
        }
        LocalDate today = businessDay.today();
        apply(new ChaseRepliedEvent(chaseId, planId, department, round + 1, command.progress(), command.evidence(),
                today, replyBy, daysLate(today, replyBy)));
    }

    @CommandHandler
    public void handle(AcceptChaseCommand command, BusinessDay businessDay) {
        requireReplied();
        apply(new ChaseAcceptedEvent(chaseId, planId, department, round, command.comment(), businessDay.today()));
    }

    @CommandHandler
    public void handle(SendBackChaseCommand command, BusinessDay businessDay) {
        requireReplied();
        Reasoned.require(command);
        requireNotPast(command.replyBy(), businessDay.today());
        apply(new ChaseSentBackEvent(chaseId, planId, department, round, replyBy, command.replyBy()));
    }

    @CommandHandler
    public void handle(CloseChaseCommand command, BusinessDay businessDay) {
        if (status != ChaseStatus.ACCEPTED) {
            throw Refusal.unprocessable("chase-not-accepted", status);
        }
        apply(new ChaseClosedEvent(chaseId, planId, department, businessDay.today(), round, daysLate));
    }

    @CommandHandler
    public void handle(WithdrawChaseCommand command) {
        if (status == ChaseStatus.CLOSED || status == ChaseStatus.WITHDRAWN) {
            throw Refusal.unprocessable("chase-finished", status);
        }
        Reasoned.require(command);
        apply(new ChaseWithdrawnEvent(chaseId, planId, department));
    }

    /** Whole days {@code on} falls after {@code replyBy}; 0 on or before it. */
    public static int daysLate(LocalDate on, LocalDate replyBy) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(replyBy, on));
    }

    private static void requireSubject(ChaseSubject subject) {
        boolean wholeDepartment = subject.kind() == ChaseSubjectKind.DEPARTMENT;
        if (wholeDepartment && subject.id() != null) {
            throw Refusal.invalidField("subject.id", "subject-id-unexpected");
        }
        if (!wholeDepartment && (subject.id() == null || subject.id().isBlank())) {
            throw Refusal.invalidField("subject.id", "subject-id-required", subject.kind());
        }
    }

    private static void requireNotPast(LocalDate replyBy, LocalDate today) {
        if (replyBy == null || replyBy.isBefore(today)) {
            throw Refusal.invalidField("replyBy", "reply-by-in-the-past", replyBy, today);
        }
    }

    private void requireOwnDepartment(String actorDepartment) {
        if (!department.equals(actorDepartment)) {
            throw Refusal.forbidden("chase-wrong-department", department);
        }
    }

    private void requireReplied() {
        if (status != ChaseStatus.REPLIED) {
            throw Refusal.unprocessable("chase-not-replied", status);
        }
    }

    @EventSourcingHandler
    void on(ChaseOpenedEvent event) {
        chaseId = event.chaseId();
        planId = event.planId();
        department = event.department();
        replyBy = event.replyBy();
        status = ChaseStatus.OPENED;
    }

    @EventSourcingHandler
    void on(ChaseSignedEvent event) {
        status = ChaseStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(ChaseRepliedEvent event) {
        status = ChaseStatus.REPLIED;
        round = event.round();
        daysLate += event.daysLate();
    }

    @EventSourcingHandler
    void on(ChaseAcceptedEvent event) {
        status = ChaseStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ChaseSentBackEvent event) {
        status = ChaseStatus.SENT_BACK;
        replyBy = event.replyBy();
    }

    @EventSourcingHandler
    void on(ChaseClosedEvent event) {
        status = ChaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ChaseWithdrawnEvent event) {
        status = ChaseStatus.WITHDRAWN;
    }
}
