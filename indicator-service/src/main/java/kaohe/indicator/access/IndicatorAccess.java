package kaohe.indicator.access;

/**
 * Who may do what with plans, indicators and imports, in one place: the office writes; every role of the system
 * reads. Plans and indicators are public within the assessment, so there are no object-level rules; an actor
 * with none of the system's roles (a token of the identity provider that carries only foreign roles) reads
 * nothing.
 */
public final class IndicatorAccess {

    public static final String WRITE = "hasRole('OFFICE')";
    public static final String READ = "hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')";

    private IndicatorAccess() {
    }
}
