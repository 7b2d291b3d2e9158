package kaohe.identity.key;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTest {

    @Test
    void aKeptKeyIsTheSameAfterARestartAndReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
        Path file = data.resolve("identity/signing-key.json");
        var first = SigningKey.loadOrCreate(file);
        var again = SigningKey.loadOrCreate(file);
        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(again.isPrivate()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void withoutAFileEachStartHasItsOwnKey() {
        assertThat(SigningKey.loadOrCreate(null).getKeyID()).isNotEqualTo(SigningKey.loadOrCreate(null).getKeyID());
    }
}
