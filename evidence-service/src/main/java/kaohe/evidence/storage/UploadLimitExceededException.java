package kaohe.evidence.storage;

import java.io.IOException;

/** The body grew past the upload limit while it was streamed; the upload is abandoned. */
public class UploadLimitExceededException extends IOException {

    private final long limit;

    public UploadLimitExceededException(long limit) {
        super("upload larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
