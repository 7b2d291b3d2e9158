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
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The service's Ed25519 key that signs its chain's checkpoints and the proofs it hands out. Kept in
 * {@code kaohe.chain.key-file} (created on the first start, readable by its owner only) so signatures stay
 * checkable across restarts; blank keeps a fresh key in memory (tests). Not in the database: whoever can rewrite
 * the store cannot sign for the service. {@link #rotate} replaces the key and keeps the old public key in the same
 * file as retired ({@code retired.<id>=…}): checkpoints it signed still verify, nothing new is signed with it.
 */
public class ChainSigningKey {

    private static final String RETIRED = "retired.";

    private final KeyPair pair;
    private final ChainProof.Signer signer;
    private final Map<String, ChainProof.Signer> retired;
    /** Every key whose signatures this service accepts, by id: its own and the retired ones, decoded once. */
    private final Map<String, PublicKey> trusted = new HashMap<>();

    private ChainSigningKey(KeyPair pair, Map<String, ChainProof.Signer> retired) throws GeneralSecurityException {
        this.pair = pair;
        this.signer = signer(pair.getPublic().getEncoded());
        this.retired = Map.copyOf(retired);
        for (ChainProof.Signer old : retired.values()) {
            trusted.put(old.keyId(), ChainSignatures.publicKey(old.publicKey()));
        }
        trusted.put(signer.keyId(), pair.getPublic());
    }

    private static ChainProof.Signer signer(byte[] encodedPublicKey) {
        return new ChainProof.Signer(ChainSignatures.keyId(encodedPublicKey), ChainSignatures.ALGORITHM,
                Base64.getEncoder().encodeToString(encodedPublicKey));
    }

    public static ChainSigningKey load(String file) {
        try {
            if (file == null || file.isBlank()) {
                return new ChainSigningKey(generate(), Map.of());
            }
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                write(path, generate(), Map.of());
            }
            return read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("chain signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("chain signing key " + file, e);
        }
    }

    /**
     * A new key for the service in {@code file}, the current one retired beside it; the service signs with the
     * new key from its next start. Returns the new key's id.
     */
    public static String rotate(Path file) throws IOException, GeneralSecurityException {
        ChainSigningKey current = read(file);
        Map<String, ChainProof.Signer> retired = new java.util.TreeMap<>(current.retired);
        retired.put(current.signer.keyId(), current.signer);
        KeyPair next = generate();
        write(file, next, retired);
        return ChainSignatures.keyId(next.getPublic().getEncoded());
    }

    public ChainProof.Signer signer() {
        return signer;
    }

    /** The keys this service signed with before, for checkpoints made then. */
    public List<ChainProof.Signer> retiredSigners() {
        return List.copyOf(new java.util.TreeMap<>(retired).values());
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

    /** Whether {@code signature} over {@code message} was made by this service's key {@code keyId}, or a retired one. */
    public boolean verifies(String keyId, byte[] message, byte[] signature) {
        PublicKey key = keyId == null ? null : trusted.get(keyId);
        return key != null && ChainSignatures.verifies(key, message, Base64.getEncoder().encodeToString(signature));
    }

    private static KeyPair generate() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(ChainSignatures.ALGORITHM).generateKeyPair();
    }

    private static ChainSigningKey read(Path path) throws IOException, GeneralSecurityException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(path)) {
            properties.load(in);
        }
        var factory = KeyFactory.getInstance(ChainSignatures.ALGORITHM);
        var pair = new KeyPair(ChainSignatures.publicKey(properties.getProperty("public")),
                factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                        .decode(properties.getProperty("private")))));
        Map<String, ChainProof.Signer> retired = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(RETIRED)) {
                var old = signer(ChainSignatures.publicKey(properties.getProperty(name)).getEncoded());
                retired.put(old.keyId(), old);
            }
        }
        return new ChainSigningKey(pair, retired);
    }

    private static void write(Path path, KeyPair pair, Map<String, ChainProof.Signer> retired) throws IOException {
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
        retired.forEach((id, old) -> properties.setProperty(RETIRED + id, old.publicKey()));
        try (Writer out = Files.newBufferedWriter(temporary)) {
            properties.store(out, "Kaohe event chain signing key (Ed25519): keep it off the database host");
        }
        Files.move(temporary, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
