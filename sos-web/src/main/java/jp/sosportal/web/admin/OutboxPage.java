package jp.sosportal.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.mail.boundary.Outbox;
import jp.sosportal.mail.entity.OutboxMail;

/** 送信メール: the outbox by status (待機中, 送信中, 送信済, 失敗), newest first, with SMTP's last answer. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    Outbox outbox;

    private OutboxMail.Status status;
    private transient List<OutboxMail> mails;

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.latest(status, SHOWN);
        }
        return mails;
    }

    public Map<OutboxMail.Status, Long> getCounts() {
        return outbox.countsByStatus();
    }

    public OutboxMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMail.Status status) {
        this.status = status;
        this.mails = null;
    }

    public int getShown() {
        return SHOWN;
    }
}
