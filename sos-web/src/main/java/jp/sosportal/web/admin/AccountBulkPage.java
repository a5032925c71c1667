package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.AccountAdministration;
import jp.sosportal.institution.control.BulkAccountCheck;
import jp.sosportal.web.platform.CheckedFile;
import jp.sosportal.web.platform.Messages;

/**
 * 「CSVで一括登録」 (issue 19): the admin chooses a file of staff accounts, sees what it would create and every bad
 * line with its reason (the dry run), then creates them all — or, with any bad line, none. The file's bytes stay in
 * the view between the two steps and are checked again when created ({@link CheckedFile}). A plain
 * {@code h:inputFile}: PrimeFaces' simple upload renders its input aria-hidden yet focusable, which axe counts as
 * serious.
 */
@Named
@ViewScoped
public class AccountBulkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A line is some 100 bytes: the largest file the boundary accepts lines for, with room. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    AccountAdministration administration;

    @Inject
    Messages messages;

    private final CheckedFile<BulkAccountCheck> upload = CheckedFile.upTo(MAX_BYTES);

    public void check() throws IOException {
        upload.check(messages, administration::checkBulk);
    }

    public void create() {
        messages.info(null, "admin.accounts.bulk.created", administration.createBulk(upload.take()));
    }

    public CheckedFile<BulkAccountCheck> getUpload() {
        return upload;
    }
}
