package kaohe.platform.chain;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./kaohe rotate-chain-key SERVICE}: a new signing key in the service's key file, the old one kept there as
 * retired; the service signs with the new key from its next start.
 */
public final class RotateChainKey {

    private RotateChainKey() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.exists(Path.of(args[0]))) {
            System.err.println("usage: RotateChainKey KEY_FILE (an existing kaohe.chain.key-file)");
            System.exit(2);
        }
        System.out.println(ChainSigningKey.rotate(Path.of(args[0])));
    }
}
