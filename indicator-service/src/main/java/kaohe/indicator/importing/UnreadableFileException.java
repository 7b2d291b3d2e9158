package kaohe.indicator.importing;

/** The file as a whole cannot be read as a decomposition table; the message is shown to the user. */
final class UnreadableFileException extends Exception {

    UnreadableFileException(String message) {
        super(message);
    }
}
