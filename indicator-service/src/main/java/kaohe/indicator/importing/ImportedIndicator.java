package kaohe.indicator.importing;

/**
 * One row of an import and what committing it does: NEW is defined by the commit, EXISTS was defined before
 * (by an earlier import of the same table) and is left alone.
 */
public record ImportedIndicator(String indicatorId, Status status, ParsedIndicator parsed) {

    public enum Status { NEW, EXISTS }
}
