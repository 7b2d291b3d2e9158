package kaohe.evidence.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ETag S3 gives an object, computed on the bytes as they stream past: the MD5 of the object when it was put
 * in one request, else the MD5 of the parts' MD5s and "-parts". Comparing it with the store's answer verifies the
 * stored bytes without reading them back.
 */
final class S3Etag {

    private final long partSize;
    private final MessageDigest whole = md5();
    private final MessageDigest part = md5();
    private final MessageDigest partDigests = md5();
    private long inPart;
    private int parts;

    S3Etag(long partSize) {
        this.partSize = partSize;
    }

    void update(byte[] bytes, int offset, int length) {
        whole.update(bytes, offset, length);
        int done = 0;
        while (done < length) {
            int take = (int) Math.min(length - done, partSize - inPart);
            part.update(bytes, offset + done, take);
            inPart += take;
            done += take;
            if (inPart == partSize) {
                closePart();
            }
        }
    }

    /** The ETag for an object of {@code size} bytes that was sent in one request if it fit one part. */
    String value(long size) {
        if (size <= partSize) {
            return HexFormat.of().formatHex(whole.digest());
        }
        if (inPart > 0) {
            closePart();
        }
        return HexFormat.of().formatHex(partDigests.digest()) + "-" + parts;
    }

    private void closePart() {
        partDigests.update(part.digest());
        parts++;
        inPart = 0;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
