package jp.sosportal.notice.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded manual PDF, apart from its {@link Manual} so that lists never load them. */
@Entity
@Table(name = "manual_file")
public class ManualFile implements Serializable {

    @Id
    @Column(name = "manual_id")
    private Long manualId;

    @Column(nullable = false)
    private byte[] content;

    protected ManualFile() {
    }

    public ManualFile(long manualId, byte[] content) {
        this.manualId = manualId;
        this.content = content.clone();
    }

    public void replace(byte[] newContent) {
        this.content = newContent.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
