package kaohe.supervision.reminder;

import kaohe.supervision.directory.DirectoryProjection;
import kaohe.supervision.directory.Person;
import kaohe.supervision.event.Audience;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people behind an audience of a plan's department, read from the directory once per sweep and audience (a
 * city's hundred departments in one query, not a hundred).
 */
final class Recipients {

    private final DirectoryProjection directory;
    private Map<String, List<Person>> liaisons;
    private final Map<String, Map<String, List<Person>>> leaders = new HashMap<>();
    private List<Person> office;

    Recipients(DirectoryProjection directory) {
        this.directory = directory;
    }

    List<Person> of(Audience audience, String planId, String department) {
        return switch (audience) {
            case LIAISON -> {
                if (liaisons == null) {
                    liaisons = directory.liaisonsByDepartment();
                }
                yield liaisons.getOrDefault(department, List.of());
            }
            case LEADER -> leaders.computeIfAbsent(planId, directory::leadersByDepartment)
                    .getOrDefault(department, List.of());
            case OFFICE -> {
                if (office == null) {
                    office = directory.office();
                }
                yield office;
            }
        };
    }
}
