package kaohe.platform.command;

import java.util.Map;

/**
 * A request the system refuses, with a stable machine code whose Chinese and English texts live in the message
 * bundles ({@code problem.<code>.title} / {@code .detail}, arguments {0}, {1} …). Thrown by aggregates and web
 * code alike; the problem-details advice turns it into RFC 9457 JSON.
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), STALE(412), TOO_LARGE(413),
        UNSUPPORTED_MEDIA_TYPE(415), UNPROCESSABLE(422), PRECONDITION_REQUIRED(428), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;
    private final Map<String, String> fieldErrors;

    public Refusal(Kind kind, String code, Map<String, String> fieldErrors, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static Refusal invalid(String code, Object... args) {
        return new Refusal(Kind.INVALID, code, Map.of(), args);
    }

    /** A single field is wrong: the field name goes into the problem's {@code errors}. */
    public static Refusal invalidField(String field, String code, Object... args) {
        return new Refusal(Kind.INVALID, code, Map.of(field, code), args);
    }

    public static Refusal forbidden(String code, Object... args) {
        return new Refusal(Kind.FORBIDDEN, code, Map.of(), args);
    }

    public static Refusal notFound(String code, Object... args) {
        return new Refusal(Kind.NOT_FOUND, code, Map.of(), args);
    }

    public static Refusal conflict(String code, Object... args) {
        return new Refusal(Kind.CONFLICT, code, Map.of(), args);
    }

    public static Refusal unprocessable(String code, Object... args) {
        return new Refusal(Kind.UNPROCESSABLE, code, Map.of(), args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
