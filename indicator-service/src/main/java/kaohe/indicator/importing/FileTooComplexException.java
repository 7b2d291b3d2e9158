package kaohe.indicator.importing;

/** A file exceeds the import's limits; the message names what in Chinese and becomes {@code file-too-complex}. */
public final class FileTooComplexException extends RuntimeException {

    FileTooComplexException(String message) {
        super(message);
    }
}
