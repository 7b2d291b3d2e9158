package kaohe.supervision.reminder;

import kaohe.supervision.directory.Directory;
import kaohe.supervision.directory.Person;
import kaohe.supervision.event.Audience;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The people behind an audience of a plan's department, asked of the directory once per sweep. */
final class Recipients {

    private final Directory directory;
    private final Map<String, List<Person>> known = new HashMap<>();

    Recipients(Directory directory) {
        this.directory = directory;
    }

    List<Person> of(Audience audience, String planId, String department) {
        return switch (audience) {
            case LIAISON -> known.computeIfAbsent("L\n" + department, key -> directory.liaisons(department));
            case LEADER -> known.computeIfAbsent("D\n" + planId + "\n" + department,
                    key -> directory.leaders(planId, department));
            case OFFICE -> known.computeIfAbsent("O", key -> directory.office());
        };
    }
}
