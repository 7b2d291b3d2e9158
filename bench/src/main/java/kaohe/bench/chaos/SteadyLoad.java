package kaohe.bench.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The clients, each on its own thread, one command after another for the whole run. A command runs under the
 * read side of a fair lock, so {@link #pause} (taking the write side) waits for the commands in flight and holds
 * new ones back: while scoring's rebuild compares its result with the live projections nothing moves them.
 */
final class SteadyLoad {

    /** One client's next command, sent carefully to its end. */
    interface Client {
        String name();

        void once() throws Exception;

        /** The pause after each command: a person, not a loop, at this client's rate. */
        default Duration thinkTime() {
            return Duration.ZERO;
        }
    }

    private final List<Client> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private volatile boolean running;

    void add(Client client) {
        clients.add(client);
    }

    boolean running() {
        return running;
    }

    void start() {
        running = true;
        for (Client client : clients) {
            var thread = new Thread(() -> drive(client), "chaos-" + client.name());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Waits (at most {@code timeout}) for the commands in flight; false if they did not finish in time. */
    boolean pause(Duration timeout) throws InterruptedException {
        return gate.writeLock().tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void resume() {
        gate.writeLock().unlock();
    }

    /** Stops the clients: a command still retrying gives up (unacknowledged); waits for the threads. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(150).toMillis());
        }
    }

    private void drive(Client client) {
        while (running) {
            gate.readLock().lock();
            try {
                client.once();
            } catch (InterruptedException interrupted) {
                return;
            } catch (Exception e) {
                System.out.println("# client " + client.name() + ": " + e);
                System.out.flush();
            } finally {
                gate.readLock().unlock();
            }
            try {
                Thread.sleep(client.thinkTime().toMillis());
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }
}
