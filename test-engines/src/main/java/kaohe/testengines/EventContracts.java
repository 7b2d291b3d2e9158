package kaohe.testengines;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The event records of a producing context's contract module ({@code kaohe.indicator.event} …), found on the class
 * path: what a consumer's test checks it decided about, each handled or deliberately ignored, so a new event type
 * fails the build until someone decides.
 */
public final class EventContracts {

    private static final Pattern EVENT = Pattern.compile(".*Event(V\\d+)?");

    private EventContracts() {
    }

    /** The event records of {@code contractPackage} that {@code decided} does not accept. */
    public static List<String> undecided(String contractPackage, Predicate<Class<?>> decided) {
        return eventRecords(contractPackage).stream().filter(decided.negate()).map(Class::getSimpleName).toList();
    }

    static List<Class<?>> eventRecords(String contractPackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata()
                .getSuperClassName()) && EVENT.matcher(ClassUtils.getShortName(reader.getClassMetadata()
                .getClassName())).matches());
        List<Class<?>> records = scanner.findCandidateComponents(contractPackage).stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .toList();
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no event records in " + contractPackage);
        }
        return records;
    }
}
