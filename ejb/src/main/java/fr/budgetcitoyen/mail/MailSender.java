package fr.budgetcitoyen.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mails through the server's mail session (SMTP settings in the CLI scripts), only after the
 * transaction committed: a rolled-back registration never mails a link. In development,
 * {@code budgetcitoyen.mail.log-content=true} also writes each mail to the server log.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/BudgetCitoyen")
    private Session session;

    @Inject
    @ConfigProperty(name = "budgetcitoyen.mail.log-content", defaultValue = "false")
    boolean logContent;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        if (logContent) {
            LOG.info(() -> "Mail to " + mail.to() + ": " + mail.subject() + "\n" + mail.body());
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail \"" + mail.subject() + "\": " + e.getMessage());
        }
    }
}
