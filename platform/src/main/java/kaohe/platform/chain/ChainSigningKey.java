package kaohe.platform.chain;

import kaohe.proof.ChainProof;
import kaohe.proof.ChainSignatures;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;

/**
 * The service's Ed25519 key that signs its chain's checkpoints and the proofs it hands out. Kept in
 * {@code kaohe.chain.key-file} (created on the first start, readable by its owner only) so signatures stay
 * checkable across restarts; blank keeps a fresh key in memory (tests). Not in the database: whoever can rewrite
 * the store cannot sign for the service.
 */
public class ChainSigningKey {

    private final KeyPair pair;
    private final ChainProof.Signer signer;

    private ChainSigningKey(KeyPair pair) {
        this.pair = pair;
        byte[] encoded = pair.getPublic().getEncoded();
        this.signer = new ChainProof.Signer(ChainSignatures.keyId(encoded), ChainSignatures.ALGORITHM,
                Base64.getEncoder().encodeToString(encoded));
    }

    public static ChainSigningKey load(String file) {
        try {
            if (file == null || file.isBlank()) {
                return new ChainSigningKey(generate());
            }
            Path path = Path.of(file);
            if (Files.exists(path)) {
                return new ChainSigningKey(read(path));
            }
            KeyPair pair = generate();
            write(path, pair);
            return new ChainSigningKey(pair);
        } catch (IOException e) {
            throw new UncheckedIOException("chain signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("chain signing key " + file, e);
        }
    }

    public ChainProof.Signer signer() {
        return signer;
    }

    public byte[] sign(byte[] message) {
        try {
            var signature = Signature.getInstance(ChainSignatures.ALGORITHM);
            signature.initSign(pair.getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public boolean verifies(byte[] message, byte[] signature) {
        return ChainSignatures.verifies(pair.getPublic(), message, Base64.getEncoder().encodeToString(signature));
    }

    private static KeyPair generate() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(ChainSignatures.ALGORITHM).generateKeyPair();
    }

    private static KeyPair read(Path path) throws IOException, GeneralSecurityException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(path)) {
            properties.load(in);
        }
        var factory = KeyFactory.getInstance(ChainSignatures.ALGORITHM);
        return new KeyPair(ChainSignatures.publicKey(properties.getProperty("public")),
                factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                        .decode(properties.getProperty("private")))));
    }

    private static void write(Path path, KeyPair pair) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), "chain-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file stays as the platform creates it
        }
        var properties = new Properties();
        properties.setProperty("algorithm", ChainSignatures.ALGORITHM);
        properties.setProperty("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        properties.setProperty("private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        try (Writer out = Files.newBufferedWriter(temporary)) {
            properties.store(out, "Kaohe event chain signing key (Ed25519): keep it off the database host");
        }
        Files.move(temporary, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
