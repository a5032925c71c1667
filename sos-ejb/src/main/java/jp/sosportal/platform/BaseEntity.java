package jp.sosportal.platform;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every mutable entity. Ids come from one sequence in blocks of 50
 * (IDENTITY columns break quietly with EclipseLink on H2 2.x, see DESIGN.md).
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sos_seq")
    @SequenceGenerator(name = "sos_seq", sequenceName = "sos_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** True when the caller's copy, read at {@code expectedVersion}, is stale. */
    public boolean isNewerThan(long expectedVersion) {
        return version != expectedVersion;
    }
}
