package kaohe.indicator.indicator.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** An indicator's id follows from its plan and its code, so importing the same table twice defines nothing twice. */
public final class IndicatorIds {

    private IndicatorIds() {
    }

    public static String of(String planId, String code) {
        return UUID.nameUUIDFromBytes((planId + "|" + code).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
