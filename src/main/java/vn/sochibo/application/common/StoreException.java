package vn.sochibo.application.common;

/**
 * A failure of the store that the user must be told about in words (the message key is resolved through
 * {@link Messages}); the cause keeps the technical detail for the log.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public StoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
