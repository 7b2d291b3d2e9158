package kaohe.ledger.event;

/** The monthly summary (小结), with the text it replaced ({@code before} is null the first time). */
public record MonthlySummaryWrittenEvent(String checkId, String before, String after) {
}
