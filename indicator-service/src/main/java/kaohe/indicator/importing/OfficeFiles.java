package kaohe.indicator.importing;

import org.apache.poi.util.RecordFormatException;

/** How POI's failures reach the user: its zip-bomb and allocation guards mean too complex, anything else unreadable. */
final class OfficeFiles {

    private OfficeFiles() {
    }

    static UnreadableFileException unreadable(String what, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof RecordFormatException || message.contains("Zip bomb")) {
                throw new FileTooComplexException("压缩包内的内容解压后过大或压缩比异常（疑似压缩炸弹）");
            }
        }
        return new UnreadableFileException(what + failure.getMessage());
    }
}
