package kaohe.platform.chain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One signing key per chained database: the race that made the suite flaky (two Spring contexts on one test
 * database, each with its own in-memory key, each signing checkpoints the other reports as forged) cannot start.
 */
class ChainSignerClaimTest {

    private EmptyEventStore store;

    @BeforeEach
    void emptyEventStore() {
        store = EmptyEventStore.create();
    }

    private void claim(ChainSigningKey key) {
        ChainSignerClaim.claim(store.jdbc(), store.transactions(), Clock.systemUTC(), key);
    }

    private String holder() {
        return store.jdbc().queryForObject("SELECT key_id FROM event_chain_signer", String.class);
    }

    @Test
    void theFirstInstanceClaimsTheDatabaseAndAnotherWithTheSameKeyFileJoinsIt(@TempDir Path dir) {
        String file = dir.resolve("indicator.key").toString();
        claim(ChainSigningKey.load(file));
        claim(ChainSigningKey.load(file));
        assertThat(holder()).isEqualTo(ChainSigningKey.load(file).signer().keyId());
    }

    @Test
    void anInstanceWithAnotherKeyRefusesToStartAndChangesNothing() {
        var first = ChainSigningKey.load("");
        claim(first);
        var other = ChainSigningKey.load("");
        assertThatThrownBy(() -> claim(other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(first.signer().keyId())
                .hasMessageContaining(other.signer().keyId())
                .hasMessageContaining("kaohe.chain.key-file");
        assertThat(holder()).isEqualTo(first.signer().keyId());
    }

    @Test
    void aRotatedKeyTakesOverAndTheKeyItRetiredCanNoLongerSign(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.key");
        var old = ChainSigningKey.load(file.toString());
        claim(old);
        String next = ChainSigningKey.rotate(file);
        claim(ChainSigningKey.load(file.toString()));
        assertThat(holder()).isEqualTo(next);
        assertThatThrownBy(() -> claim(old)).isInstanceOf(IllegalStateException.class);
    }
}
