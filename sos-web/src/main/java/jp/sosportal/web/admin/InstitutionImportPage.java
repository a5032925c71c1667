package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.InputStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import jp.sosportal.batch.MasterImports;
import jp.sosportal.web.batch.DryRunFollower;

/**
 * 医療機関マスタの取込: upload → dry run (what would be added, changed, left, and every reject) → 「取込開始」, and the
 * latest imports with their reject reports. A file with a rejected row imports nothing, so 「取込開始」 is offered only
 * after a dry run without rejects. Every action is one call of {@link MasterImports}.
 */
@Named
@ViewScoped
public class InstitutionImportPage extends DryRunFollower {

    private static final long serialVersionUID = 1L;

    @Inject
    MasterImports imports;

    private transient Part file;

    public void dryRun() throws IOException {
        if (chosen(file == null ? 0 : file.getSize())) {
            try (InputStream content = file.getInputStream()) {
                following(imports.upload(file.getSubmittedFileName(), content, file.getSize(), getEncoding(), true));
            }
        }
    }

    public void load() {
        imports.load(getDryRunId());
        messages.info(null, "admin.import.started", loaded().fileName());
    }

    @Override
    protected Runs runs() {
        return new Runs(imports::execution, imports::rejects, imports::executions, imports::writeRejectReport);
    }

    @Override
    protected String reportName() {
        return "institution-rejects-";
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
