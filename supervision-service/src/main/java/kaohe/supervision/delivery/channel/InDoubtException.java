package kaohe.supervision.delivery.channel;

/**
 * The channel may have taken the message even though the call failed (the request went out and no answer came in
 * time): sending it again could deliver it twice, so it is not retried.
 */
public class InDoubtException extends Exception {

    public InDoubtException(String message, Throwable cause) {
        super(message, cause);
    }
}
