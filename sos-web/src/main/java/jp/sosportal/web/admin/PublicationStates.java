package jp.sosportal.web.admin;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.notice.entity.Publication;
import jp.sosportal.web.platform.Messages;

/** 公開中, 公開前 or 公開終了 today, for the admin lists of お知らせ, FAQ and manuals. */
@Named
@ApplicationScoped
public class PublicationStates {

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    public String of(Publication publication) {
        return messages.text("admin.publication.state." + publication.stateOn(LocalDate.now(clock)));
    }
}
