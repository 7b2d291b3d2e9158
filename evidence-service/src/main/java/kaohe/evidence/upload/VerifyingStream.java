package kaohe.evidence.upload;

import kaohe.evidence.storage.UploadLimitExceededException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The upload as it streams to the store: counts the bytes, stops past the limit, and computes SHA-256 and the
 * S3 ETag on the way, so nothing is buffered beyond what the store client holds.
 */
final class VerifyingStream extends FilterInputStream {

    private final long limit;
    private final MessageDigest sha256;
    private final S3Etag etag;
    private long count;
    private boolean ended;
    private boolean broken;

    VerifyingStream(InputStream in, long limit, long partSize) {
        super(in);
        this.limit = limit;
        this.etag = new S3Etag(partSize);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException cutOff) {
            broken = true;
            throw cutOff;
        }
        if (n < 0) {
            ended = true;
            return n;
        }
        count += n;
        if (count > limit) {
            throw new UploadLimitExceededException(limit);
        }
        sha256.update(buffer, offset, n);
        etag.update(buffer, offset, n);
        return n;
    }

    @Override
    public long skip(long n) {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    /** True when reading the client's body failed (the upload was cut off), not the store. */
    boolean broken() {
        return broken;
    }

    boolean ended() {
        return ended;
    }

    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    String etag() {
        return etag.value(count);
    }
}
