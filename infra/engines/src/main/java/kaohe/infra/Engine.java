package kaohe.infra;

/** One running engine process as the {@link EngineSupervisor} sees it: alive or not, and how it ended. */
interface Engine extends AutoCloseable {

    boolean isAlive();

    /** The exit code once dead, or {@code "?"} when the process is not our child (the postmaster). */
    String exitCode();

    /** Stops the process, or releases what is left of it once it died. Never throws. */
    @Override
    void close();

    /** Starts an engine on its data and ports: the first time and after every crash. */
    @FunctionalInterface
    interface Starter {
        Engine start() throws Exception;
    }
}
