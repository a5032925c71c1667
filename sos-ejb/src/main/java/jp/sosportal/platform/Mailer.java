package jp.sosportal.platform;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text Japanese mail through the SMTP server of {@code sos.mail.host}/{@code sos.mail.port}. Sending
 * is asynchronous: a page answers as fast whether a mail goes out or not, so it tells nobody which users exist.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "sos.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "sos.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "sos.mail.from", defaultValue = "no-reply@sos-portal.example")
    String from;

    @Asynchronous
    public void send(String to, String subject, String text) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mail to {0} via {1}:{2} failed: {3}", new Object[] {to, host, port, e.getMessage()});
        }
    }
}
