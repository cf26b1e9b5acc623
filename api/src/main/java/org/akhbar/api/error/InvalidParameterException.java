package org.akhbar.api.error;

/**
 * A request parameter that cannot be served as given (bad number, bad date, out of range).
 * Answers 400 with the parameter named in the detail.
 */
public final class InvalidParameterException extends ApiException {
    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(ProblemType.INVALID_PARAMETER, detail);
        this.parameter = parameter;
    }

    /** The query parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
