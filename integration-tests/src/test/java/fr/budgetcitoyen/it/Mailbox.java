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
