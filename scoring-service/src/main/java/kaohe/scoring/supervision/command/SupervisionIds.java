package kaohe.scoring.supervision.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One supervision record per plan and department: its id is derived, so the office never has to look it up. */
public final class SupervisionIds {

    private SupervisionIds() {
    }

    public static String of(String planId, String department) {
        return UUID.nameUUIDFromBytes(("supervision:" + planId + ":" + department).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
