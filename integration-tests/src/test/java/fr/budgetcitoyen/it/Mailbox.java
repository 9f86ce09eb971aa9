package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the real SMTP server of the tests (GreenMail) received, and the links in it. */
final class Mailbox {

    private static final Pattern LINK = Pattern.compile("(http://localhost:8080/[a-z-]+\\?token=[A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** The body of the latest mail to that address, waiting up to 10 s for it. */
    static String lastMailTo(GreenMailExtension mail, String email) {
        long deadline = System.currentTimeMillis() + 10_000;
        do {
            MimeMessage[] received = mail.getReceivedMessages();
            try {
                for (int i = received.length - 1; i >= 0; i--) {
                    if (GreenMailUtil.getAddressList(received[i].getAllRecipients()).contains(email)) {
                        return GreenMailUtil.getBody(received[i]);
                    }
                }
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
            mail.waitForIncomingEmail(500, received.length + 1);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("no mail to " + email);
    }

    /** The bodies (quoted-printable soft breaks undone) of every mail received so far by that address. */
    static java.util.List<String> allMailsTo(GreenMailExtension mail, String email) {
        java.util.List<String> bodies = new java.util.ArrayList<>();
        try {
            for (MimeMessage received : mail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(email)) {
                    bodies.add(GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=\n", ""));
                }
            }
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
        return bodies;
    }

    /** The first mail to that address containing the text, waiting up to 10 s for it. */
    static String mailContaining(GreenMailExtension mail, String email, String text) {
        long deadline = System.currentTimeMillis() + 10_000;
        do {
            java.util.Optional<String> found = allMailsTo(mail, email).stream().filter(b -> b.contains(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("no mail to " + email + " containing " + text);
    }

    /** The portal path of the tokenised link in a (quoted-printable) mail body. */
    static String linkIn(String body) {
        String decoded = body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(decoded);
        if (!m.find()) {
            throw new AssertionError("no link in " + decoded);
        }
        return m.group(1).replace("http://localhost:8080", "");
    }
}
