package jp.sosportal.web.notice;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.notice.boundary.Notices;
import jp.sosportal.notice.entity.Faq;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.Notice;
import jp.sosportal.web.platform.DatabaseStatus;

/**
 * 「最新のお知らせ」, 「医療機関用マニュアル」, 「よくあるご質問」 and the help desk, for the login page and the help pages:
 * what is published today by the injected clock.
 */
@Named
@RequestScoped
public class NoticeBoard {

    private static final int LATEST = 5;

    @Inject
    Notices notices;

    @Inject
    DatabaseStatus database;

    private List<Notice> latest;
    private List<Manual> manuals;
    private LocalDate today;

    @PostConstruct
    void load() {
        // The login page must still say something when the database is down: then without its notices.
        latest = database.isAvailable() ? notices.published(LATEST) : List.of();
        manuals = database.isAvailable() ? notices.manuals() : List.of();
        today = notices.today();
    }

    public List<Notice> getLatest() {
        return latest;
    }

    /** The manuals published today: uploaded PDFs (served by ManualServlet) and links. */
    public List<Manual> getManuals() {
        return manuals;
    }

    public boolean isNew(Notice notice) {
        return notice.isNewAsOf(today);
    }

    public List<Faq> getFaqs() {
        return notices.faqs();
    }

    public String getHelpdeskPhone() {
        return notices.helpdeskPhone();
    }

    public String getHelpdeskHours() {
        return notices.helpdeskHours();
    }
}
