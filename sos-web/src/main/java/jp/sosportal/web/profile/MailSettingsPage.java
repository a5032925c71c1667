package jp.sosportal.web.profile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.notification.boundary.MailSettings;
import jp.sosportal.request.entity.RequestEvent;
import jp.sosportal.web.platform.Messages;

/**
 * 「メール通知の設定」: which status mails the user receives; 受付完了 and 差戻し are always sent. The page lists
 * both kinds from {@link MailSettings}' constants.
 */
@Named
@ViewScoped
public class MailSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailSettings settings;

    @Inject
    Messages messages;

    private List<RequestEvent.Kind> received = new ArrayList<>();
    private boolean lastMailFailed;

    @PostConstruct
    void load() {
        received = new ArrayList<>(settings.received());
        received.retainAll(MailSettings.OPTIONAL);
        lastMailFailed = settings.lastMailFailed();
    }

    public void save() {
        settings.receiveOnly(received);
        messages.info(null, "mailSettings.saved");
    }

    public List<RequestEvent.Kind> getReceived() {
        return received;
    }

    public void setReceived(List<RequestEvent.Kind> received) {
        this.received = received;
    }

    public boolean isLastMailFailed() {
        return lastMailFailed;
    }
}
