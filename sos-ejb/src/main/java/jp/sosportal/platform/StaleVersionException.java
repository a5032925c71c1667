package jp.sosportal.platform;

import jakarta.persistence.OptimisticLockException;

/** Someone saved first: the caller's copy is older than the stored one. Nothing is overwritten (409). */
public class StaleVersionException extends RefusedException {

    public StaleVersionException() {
        super(Labels.text("error.staleVersion"));
    }

    /** The entity the caller read at {@code version}, or this exception when it has changed since. */
    public static <T extends BaseEntity> T unlessChanged(T entity, long version) {
        if (entity.isNewerThan(version)) {
            throw new StaleVersionException();
        }
        return entity;
    }

    /**
     * True when a failure is two saves that passed the version check together and met at commit (JPA's
     * OptimisticLockException, or EclipseLink's own of the same name inside the JTA transaction): the loser's copy
     * was stale, and callers tell it so instead of failing.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleVersionException
                    || t.getClass().getSimpleName().equals(OptimisticLockException.class.getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
