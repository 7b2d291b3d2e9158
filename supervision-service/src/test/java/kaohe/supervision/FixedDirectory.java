package kaohe.supervision;

import kaohe.supervision.directory.Directory;
import kaohe.supervision.directory.Person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The directory built from events, with fixed people in front of it: every plan
 * whose id starts with {@code plan-} has two departments taking part, {@link #LEAD} and {@link #OTHER}, each with
 * one liaison; leader-zhang follows {@link #LEAD} only. A plan id starting with {@code plan-none} is unknown, so
 * tests get a fresh plan of their own by a fresh id. Tests may add liaisons of their own ({@link #liaison}), with
 * phones, to any department.
 */
public class FixedDirectory implements Directory {

    private final Directory real;
    private final List<Person> added = new CopyOnWriteArrayList<>();

    /** {@code real}: the directory built from events, which answers for everything not fixed here. */
    public FixedDirectory(Directory real) {
        this.real = real;
    }

    /** The fixed people alone (aggregate fixtures, no engines). */
    public FixedDirectory() {
        this(new Directory() {
            public List<Person> liaisons(String department) {
                return List.of();
            }

            public List<Person> leaders(String planId, String department) {
                return List.of();
            }

            public List<Person> office() {
                return List.of();
            }

            public boolean followsDepartment(String userId, String planId, String department) {
                return false;
            }

            public boolean takesPart(String planId, String department) {
                return false;
            }

            public boolean knowsPlan(String planId) {
                return false;
            }
        });
    }

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
        return distinct(Stream.of(fixed, added.stream().filter(person -> department.equals(person.department())),
                real.liaisons(department).stream()));
    }

    @Override
    public List<Person> leaders(String planId, String department) {
        return fixedPlan(planId) && department.equals(LEAD) ? List.of(ZHANG) : real.leaders(planId, department);
    }

    @Override
    public List<Person> office() {
        return distinct(Stream.of(Stream.of(OFFICE), real.office().stream()));
    }

    @Override
    public boolean followsDepartment(String userId, String planId, String department) {
        return fixedPlan(planId) ? userId.equals(ZHANG.userId()) && department.equals(LEAD)
                : real.followsDepartment(userId, planId, department);
    }

    @Override
    public boolean takesPart(String planId, String department) {
        return fixedPlan(planId) ? department.equals(LEAD) || department.equals(OTHER)
                : real.takesPart(planId, department);
    }

    @Override
    public boolean knowsPlan(String planId) {
        return fixedPlan(planId) || real.knowsPlan(planId);
    }

    private static boolean fixedPlan(String planId) {
        return planId.startsWith("plan-") && !planId.startsWith("plan-none");
    }

    /** One entry per person: the fixed office account may also have been created by events. */
    private static List<Person> distinct(Stream<Stream<Person>> people) {
        var byId = new LinkedHashMap<String, Person>();
        people.flatMap(each -> each).forEach(person -> byId.putIfAbsent(person.userId(), person));
        return List.copyOf(byId.values());
    }
}
