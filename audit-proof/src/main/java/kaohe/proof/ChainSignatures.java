package kaohe.proof;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Checkpoints are signed with the service's Ed25519 key. A key is named by its id, the first 16 hex digits of the
 * SHA-256 of its public key (X.509 encoding), short enough to compare by eye with the one a service publishes.
 */
public final class ChainSignatures {

    public static final String ALGORITHM = "Ed25519";

    private ChainSignatures() {
    }

    public static String keyId(byte[] encodedPublicKey) {
        return ChainHashing.hex(ChainHashing.sha256(encodedPublicKey)).substring(0, 16);
    }

    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
    }

    public static boolean verifies(PublicKey key, byte[] message, String base64Signature) {
        try {
            var verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException bad) {
            return false;
        }
    }
}
