package fr.budgetcitoyen.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Hands a mail to the SMTP server of the server's mail session (settings in the CLI scripts). In
 * development, {@code budgetcitoyen.mail.log-content=true} also writes each mail to the server log.
 */
@ApplicationScoped
public class SmtpTransport {

    private static final Logger LOG = Logger.getLogger(SmtpTransport.class.getName());

    @Resource(lookup = "java:jboss/mail/BudgetCitoyen")
    private Session session;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.mail.log-content", defaultValue = "false")
    boolean logContent;

    private String host;

    @Inject
    void portal(@ConfigProperty(name = "budgetcitoyen.portal.url", defaultValue = "http://localhost:8080") String url) {
        String parsed = URI.create(url).getHost();
        host = parsed == null ? "budgetcitoyen" : parsed;
    }

    /** Sends under {@code <localId@portal host>}: the same outbox row always has the same Message-ID. */
    void send(String to, String subject, String body, String localId) throws MessagingException {
        if (logContent) {
            LOG.info(() -> "Mail to " + to + ": " + subject + "\n" + body);
        }
        String messageId = "<" + localId + "@" + host + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // not a fresh random one at each attempt
            }
        };
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
