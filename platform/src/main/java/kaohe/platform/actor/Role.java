package kaohe.platform.actor;

/** What a user may do, as the notice divides the work. */
public enum Role {
    /** 办公室: decomposes, supervises, reviews, scores. */
    OFFICE,
    /** 处室联络员: keeps one department's ledger. */
    LIAISON,
    /** 责任领导: follows the indicators they are responsible for. */
    LEADER,
    /** 审计: reads everything, writes nothing. */
    AUDITOR
}
