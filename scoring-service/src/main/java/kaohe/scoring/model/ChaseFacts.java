package kaohe.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A 督办单 (chase) the office opened to a department, as its 督办 component needs it: each round's reply-by date
 * and the department's reply to it, if any; each time the office sent a reply back; whether it was withdrawn.
 */
public final class ChaseFacts {

    /** One round: the reply-by date it set and the reply that answered it (null while unanswered). */
    public record Round(int round, LocalDate replyBy, LocalDate repliedOn, int daysLate, EventRef set,
                        EventRef replied) {
    }

    /** The office sent round {@code round}'s reply back (退回重办) on {@code on}. */
    public record SendBack(int round, LocalDate on, EventRef event) {
    }

    final String chaseId;
    final String department;
    final String title;
    final TreeMap<Integer, Round> rounds = new TreeMap<>();
    final List<SendBack> sentBack = new ArrayList<>();
    boolean withdrawn;

    ChaseFacts(String chaseId, String department, String title) {
        this.chaseId = chaseId;
        this.department = department;
        this.title = title;
    }

    void open(int round, LocalDate replyBy, EventRef event) {
        rounds.put(round, new Round(round, replyBy, null, 0, event, null));
    }

    void reply(int round, LocalDate repliedOn, LocalDate replyBy, int daysLate, EventRef event) {
        Round open = rounds.get(round);
        rounds.put(round, new Round(round, replyBy, repliedOn, daysLate, open == null ? event : open.set(), event));
    }

    void sendBack(int round, LocalDate on, LocalDate replyBy, EventRef event) {
        sentBack.add(new SendBack(round, on, event));
        open(round + 1, replyBy, event);
    }

    public String chaseId() {
        return chaseId;
    }

    public String department() {
        return department;
    }

    public String title() {
        return title;
    }

    public List<Round> rounds() {
        return List.copyOf(rounds.values());
    }

    public List<SendBack> sentBack() {
        return List.copyOf(sentBack);
    }

    /** Opened in error and withdrawn (撤销): it costs the department nothing. */
    public boolean withdrawn() {
        return withdrawn;
    }
}
