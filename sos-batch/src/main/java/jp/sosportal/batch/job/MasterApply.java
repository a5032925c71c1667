package jp.sosportal.batch.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.InstitutionMasterLoads;
import jp.sosportal.institution.control.MasterCounts;
import jp.sosportal.platform.Labels;

/**
 * The master import's last step. Issue 19 wants nothing half-applied, so unlike a survey file (whose good rows
 * load and bad rows are reported) a master file with one rejected row changes nothing: the reject report says
 * which rows to correct, and the corrected file is imported whole. Otherwise the staged rows are merged into the
 * master in one transaction ({@link InstitutionMasterLoads#apply}), or, in a dry run, only compared with it. The
 * reject report is written beside the file first, so that a failed merge (rolled back) can simply be restarted.
 */
@Named
@Dependent
public class MasterApply extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(MasterApply.class.getName());

    @Inject
    JobSettings settings;

    @Inject
    Rejects rejects;

    @Inject
    InstitutionMasterLoads loads;

    @Override
    public String process() throws IOException {
        long instance = settings.instanceId();
        try (BufferedWriter out = Files.newBufferedWriter(RejectReport.reportOf(settings.file()),
                StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            rejects.writeReport(instance, out);
        }
        long rejected = rejects.rejectedRows(instance);
        String summary;
        if (rejected > 0) {
            MasterCounts staged = loads.compare(instance);
            loads.discard(instance);
            summary = Labels.text("institution.import.summary.rejected", settings.fileName(),
                    staged.rows() + rejected, rejected);
        } else {
            MasterCounts counts;
            if (settings.dryRun()) {
                counts = loads.compare(instance);
                loads.discard(instance);
            } else {
                counts = loads.apply(instance, settings.submittedBy(), settings.fileName());
            }
            summary = Labels.text(settings.dryRun() ? "institution.import.summary.dryRun"
                            : "institution.import.summary", settings.fileName(), counts.rows(), counts.created(),
                    counts.changed(), counts.unchanged(), 0);
        }
        settings.exitStatus(summary);
        LOG.info(summary);
        return "COMPLETED";
    }
}
