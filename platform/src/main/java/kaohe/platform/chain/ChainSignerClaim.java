package kaohe.platform.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Binds a database's chain to one signing key. Every instance of a service — and every test context on a shared
 * test database — must sign with the same key, or checkpoints appear that the other instances report as
 * CHECKPOINT_SIGNATURE_INVALID, depending on who chained last. So the first instance claims the database for its
 * key, a rotated key takes over from the key it retired, and an instance with any other key refuses to start.
 */
public final class ChainSignerClaim {

    private static final Logger LOG = LoggerFactory.getLogger(ChainSignerClaim.class);

    private ChainSignerClaim() {
    }

    public static void claim(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, ChainSigningKey key) {
        String own = key.signer().keyId();
        transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO event_chain_signer (key_id, claimed_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    own, Timestamp.from(clock.instant()));
            String holder = jdbc.queryForObject("SELECT key_id FROM event_chain_signer FOR UPDATE", String.class);
            if (own.equals(holder)) {
                return;
            }
            boolean rotatedFrom = key.retiredSigners().stream().anyMatch(old -> old.keyId().equals(holder));
            if (!rotatedFrom) {
                throw new IllegalStateException("this database's event chain is signed by key " + holder
                        + ", this instance holds key " + own + " (kaohe.chain.key-file): every instance of a"
                        + " service must share one key file; rotate keys with ./kaohe rotate-chain-key");
            }
            jdbc.update("UPDATE event_chain_signer SET key_id = ?, claimed_at = ?", own,
                    Timestamp.from(clock.instant()));
            LOG.info("event chain signer {} takes over from retired key {}", own, holder);
        });
    }
}
