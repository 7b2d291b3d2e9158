package kaohe.proof;

/**
 * The chain's head at {@code globalIndex}, hex {@code hash}, signed (base64) by the service's key {@code keyId};
 * index 0 with 32 zero bytes, no key and no signature is the start of every chain.
 */
public record Checkpoint(long globalIndex, String hash, String keyId, String signature) {

    public static final Checkpoint GENESIS = new Checkpoint(0, ChainHashing.hex(ChainHashing.GENESIS), null, null);

    public boolean isGenesis() {
        return equals(GENESIS);
    }
}
