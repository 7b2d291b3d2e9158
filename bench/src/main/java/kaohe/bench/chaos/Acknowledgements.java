package kaohe.bench.chaos;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every acknowledged command of the run, as the clients got the answers. */
final class Acknowledgements {

    private final ConcurrentLinkedQueue<Acked> all = new ConcurrentLinkedQueue<>();

    void add(Acked acked) {
        all.add(acked);
    }

    List<Acked> all() {
        return List.copyOf(all);
    }

    /** Those acknowledged at or before {@code nanoTime}. */
    List<Acked> until(long nanoTime) {
        return all.stream().filter(acked -> acked.ackedAt() - nanoTime <= 0).toList();
    }
}
