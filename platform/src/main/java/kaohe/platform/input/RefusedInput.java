package kaohe.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A value of a request body that breaks a platform rule; answered as a 400 with {@code code} on its field. */
public class RefusedInput extends MismatchedInputException {

    private final String code;

    RefusedInput(JsonParser parser, String code, Class<?> type) {
        super(parser, "refused by " + code, type);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
