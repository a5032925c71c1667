package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static jp.sosportal.it.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.mail.entity.OutboxMail;
import jp.sosportal.notification.boundary.ReviewerDigest;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestStatus;

/** The mails of the request's moves and the reviewers' digest, through the outbox (mails read back as rows). */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Inject
    SupplyRequests requests;

    @Inject
    ReviewerDigest digest;

    /** 差戻し mails the institution with the reason; the 13:05 digest counts the prefecture reviewer's queue. */
    @Test
    void aReturnAndTheReviewersDigestAreMailedThroughTheOutbox() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        long id = requests.create(w.hospital(), request("SURGICAL_MASK")).getId();
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(id).getStatus());
        String reviewer = w.user("prefecture") + "@example.jp";
        assertTrue(digest.send() > 0);
        List<OutboxMail> digests = mailsTo(reviewer);
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).getSubject().matches("【SOS】都道府県確認待ちの緊急配布要請が\\d+件あります"),
                digests.get(0).getSubject());

        Login.as(w.user("prefecture"), PASSWORD);
        requests.returnToInstitution(id, fixtures.versionOf(id), "数量の根拠を確認してください");
        List<OutboxMail> returned = mailsTo(w.user("staff") + "@example.jp").stream()
                .filter(mail -> mail.getKind().equals("RETURNED")).toList();
        assertEquals(1, returned.size());
        assertTrue(returned.get(0).getSubject().startsWith("【SOS】緊急配布要請が差し戻されました: "));
        assertTrue(returned.get(0).getBody().contains("・数量の根拠を確認してください"), returned.get(0).getBody());
        assertTrue(returned.get(0).getBody().contains("対応ステータス: 未申請"), returned.get(0).getBody());
        assertEquals(List.of(), mailsTo(w.user("other-staff") + "@example.jp"), "no mail to another institution");
    }

    private List<OutboxMail> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :to order by m.id", OutboxMail.class)
                .setParameter("to", recipient).getResultList();
    }
}
