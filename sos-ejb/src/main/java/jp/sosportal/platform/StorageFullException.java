package jp.sosportal.platform;

/** The server's disk has no room for what was sent: refused whole, nothing half-stored (HTTP 507). */
public class StorageFullException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public StorageFullException() {
        super(Labels.text("error.storageFull"));
    }
}
