package kaohe.supervision;

import kaohe.supervision.directory.Directory;
import kaohe.supervision.directory.Person;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A directory with fixed people, standing in for the one built from the identity and indicator events: every plan
 * whose id starts with {@code plan-} has two departments taking part, {@link #LEAD} and {@link #OTHER}, each with
 * one liaison; leader-zhang follows {@link #LEAD} only. A plan id starting with {@code plan-none} is unknown, so
 * tests get a fresh plan of their own by a fresh id. Tests may add liaisons of their own ({@link #liaison}), with
 * phones, to any department.
 */
public class FixedDirectory implements Directory {

    private final List<Person> added = new CopyOnWriteArrayList<>();

    public static final String LEAD = "市政务服务管理办公室";
    public static final String OTHER = "市发展改革委";
    public static final String OUTSIDER = "市不参与局";

    private static final Person ZHENGWU = new Person("liaison-zhengwu", "李娜", LEAD, "13800000001");
    private static final Person GAIGE = new Person("liaison-gaige", "陈刚", OTHER, "13800000002");
    private static final Person ZHANG = new Person("leader-zhang", "张新鳌", null, "13800000003");
    private static final Person OFFICE = new Person("office-admin", "办公室管理员", "办公室", "13800000004");

    public void liaison(Person person) {
        added.add(person);
    }

    @Override
    public List<Person> liaisons(String department) {
        var fixed = department.equals(LEAD) ? Stream.of(ZHENGWU) : department.equals(OTHER) ? Stream.of(GAIGE)
                : Stream.<Person>empty();
        return Stream.concat(fixed, added.stream().filter(person -> department.equals(person.department()))).toList();
    }

    @Override
    public List<Person> leaders(String planId, String department) {
        return knowsPlan(planId) && department.equals(LEAD) ? List.of(ZHANG) : List.of();
    }

    @Override
    public List<Person> office() {
        return List.of(OFFICE);
    }

    @Override
    public boolean followsDepartment(String userId, String planId, String department) {
        return userId.equals(ZHANG.userId()) && knowsPlan(planId) && department.equals(LEAD);
    }

    @Override
    public boolean takesPart(String planId, String department) {
        return knowsPlan(planId) && (department.equals(LEAD) || department.equals(OTHER));
    }

    @Override
    public boolean knowsPlan(String planId) {
        return planId.startsWith("plan-") && !planId.startsWith("plan-none");
    }
}
