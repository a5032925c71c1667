package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.AccountAdministration;
import jp.sosportal.institution.control.BulkAccountCheck;
import jp.sosportal.web.platform.ChosenFile;
import jp.sosportal.web.platform.Messages;

/**
 * 「CSVで一括登録」 (issue 19): the admin chooses a file of staff accounts, sees what it would create and every bad
 * line with its reason (the dry run), then creates them all — or, with any bad line, none. The file's bytes stay in
 * the view between the two steps and are checked again when created. A plain {@code h:inputFile}: PrimeFaces'
 * simple upload renders its input aria-hidden yet focusable, which axe counts as serious.
 */
@Named
@ViewScoped
public class AccountBulkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A line is some 100 bytes: the largest file the boundary accepts lines for, with room. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final String FILE_FIELD = "upload:file";

    @Inject
    AccountAdministration administration;

    @Inject
    Messages messages;

    private final ChosenFile file = new ChosenFile();
    private byte[] content;
    private BulkAccountCheck check;

    public void check() throws IOException {
        check = null;
        content = null;
        if (!file.isChosen()) {
            messages.error(FILE_FIELD, "admin.accounts.bulk.noFile");
        } else if (file.isLargerThan(MAX_BYTES)) {
            messages.error(FILE_FIELD, "admin.accounts.bulk.tooLarge", MAX_BYTES / (1024 * 1024));
        } else {
            content = file.read();
            check = administration.checkBulk(content);
        }
    }

    /** The check is gone either way: a refused file is checked again before another try. */
    public void create() {
        byte[] checked = content;
        check = null;
        content = null;
        messages.info(null, "admin.accounts.bulk.created", administration.createBulk(checked));
    }

    public BulkAccountCheck getCheck() {
        return check;
    }

    public ChosenFile getFile() {
        return file;
    }
}
