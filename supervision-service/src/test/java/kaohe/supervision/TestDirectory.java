package kaohe.supervision;

import kaohe.supervision.directory.Directory;
import kaohe.supervision.directory.Person;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The people the delivery tests remind, with their phones; the real directory is built from identity's events. */
public class TestDirectory implements Directory {

    private final List<Person> liaisons = new CopyOnWriteArrayList<>();

    public void liaison(Person person) {
        liaisons.add(person);
    }

    @Override
    public List<Person> liaisons(String department) {
        return liaisons.stream().filter(person -> department.equals(person.department())).toList();
    }

    @Override
    public List<Person> leaders(String planId, String department) {
        return List.of();
    }

    @Override
    public List<Person> office() {
        return List.of();
    }

    @Override
    public boolean followsDepartment(String userId, String planId, String department) {
        return false;
    }

    @Override
    public boolean takesPart(String planId, String department) {
        return true;
    }
}
