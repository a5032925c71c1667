package jp.sosportal.mail.control;

import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands one plain-text Japanese mail to the SMTP server. Tells a refusal for good (the server rejected the address)
 * from one worth retrying (server down, busy, timed out), which is what the outbox needs to know.
 */
public final class SmtpServer {

    private final Session session;
    private final String from;

    public SmtpServer(String host, int port, String from) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        this.session = Session.getInstance(properties);
        this.from = from;
    }

    /** A failed delivery; {@code permanent} when sending it again cannot help. */
    public static final class DeliveryFailed extends Exception {
        private final boolean permanent;

        DeliveryFailed(MessagingException cause, boolean permanent) {
            super(cause.getMessage(), cause);
            this.permanent = permanent;
        }

        public boolean isPermanent() {
            return permanent;
        }
    }

    public void send(String messageId, String to, String subject, String text, Date sentDate) throws DeliveryFailed {
        try {
            MimeMessage message = new FixedIdMessage(session, messageId);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(sentDate);
            Transport.send(message);
        } catch (SendFailedException e) {
            // Rejected recipients: a 5xx answer to RCPT TO is final, a 4xx one is worth another try.
            throw new DeliveryFailed(e, e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    && !isTemporary(e));
        } catch (MessagingException e) {
            throw new DeliveryFailed(e, false);
        }
    }

    private static boolean isTemporary(SendFailedException e) {
        Exception next = e.getNextException();
        String reply = next == null ? "" : String.valueOf(next.getMessage());
        return reply.matches("(?s)^\\s*4\\d\\d.*");
    }

    /** JavaMail would give every save a new Message-ID; ours stays the outbox row's. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
