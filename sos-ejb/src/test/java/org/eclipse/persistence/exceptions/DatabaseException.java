package org.eclipse.persistence.exceptions;

/**
 * A stand-in with the shape of EclipseLink's DatabaseException (not on the test path: Payara provides EclipseLink):
 * the JDBC failure is its "internal exception", not its cause.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Throwable internal;

    public DatabaseException(Throwable internal) {
        super("Exception [EclipseLink-4002]");
        this.internal = internal;
    }

    public Throwable getInternalException() {
        return internal;
    }
}
