package jp.sosportal.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server as a mailbox the tests read by what a mail is about. The portal's outbox may deliver a
 * mail another test caused (queued while no SMTP server listened) at any moment, so a test never takes "the first
 * mail": it waits for the one it expects.
 */
public final class Mailbox implements AutoCloseable {

    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static Mailbox start(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    /** Every mail received so far that matches. */
    public List<MimeMessage> matching(Predicate<MimeMessage> wanted) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(wanted).toList();
    }

    /** The first matching mail, waiting for it up to {@code timeout}. */
    public Optional<MimeMessage> await(Predicate<MimeMessage> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            List<MimeMessage> found = matching(wanted);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            RunningPortal.sleep(250);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    public void purge() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }

    public static Predicate<MimeMessage> to(String address) {
        return mail -> {
            try {
                return mail.getAllRecipients() != null && Arrays.stream(mail.getAllRecipients())
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    public static Predicate<MimeMessage> subjectContains(String text) {
        return mail -> {
            try {
                return mail.getSubject() != null && mail.getSubject().contains(text);
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    public static Predicate<MimeMessage> bodyContains(String text) {
        return mail -> body(mail).contains(text);
    }

    public static String body(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (IOException | MessagingException e) {
            return "";
        }
    }
}
