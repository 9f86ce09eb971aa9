package fr.budgetcitoyen.web.admin;

import fr.budgetcitoyen.audit.AuditChainHead;
import fr.budgetcitoyen.audit.AuditHeadPublisher;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.audit.AuditVerifier;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Locale;

/**
 * « Intégrité du journal »: where the chain ends now, and the check an administrator runs — of the chain alone, or
 * also against a position and hash received by mail earlier (which a rewrite of the whole log cannot match).
 */
@Named
@ViewScoped
public class AuditIntegrityBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "integrity:";

    @EJB private AuditLog audit;
    @EJB private AuditHeadPublisher publisher;

    private long headSeq;
    private String headHash;
    private String publishedOn;
    private String anchorSeq;
    private String anchorHash;
    private String verdict;
    private boolean intact;

    @PostConstruct
    void load() {
        AuditChainHead head = audit.head();
        headSeq = head.lastSeq();
        headHash = head.lastHash();
        publishedOn = head.publishedOn().map(Object::toString).orElse(null);
    }

    public void verify() {
        verdict = null; // a verdict shown belongs to the figures that were checked, not to the ones typed since
        String seqText = anchorSeq == null ? "" : anchorSeq.strip();
        String hashText = anchorHash == null ? "" : anchorHash.strip().toLowerCase(Locale.ROOT);
        boolean valid = true;
        if (!seqText.isEmpty() && !seqText.matches("[1-9]\\d{0,17}")) {
            Messages.addError(FORM + "anchorSeq", Texts.get("admin.audit.integrity.seq.invalid"));
            valid = false;
        }
        if (!hashText.isEmpty() && !hashText.matches("[0-9a-f]{64}")) {
            Messages.addError(FORM + "anchorHash", Texts.get("admin.audit.integrity.hash.invalid"));
            valid = false;
        }
        if (valid && seqText.isEmpty() != hashText.isEmpty()) {
            Messages.addError(FORM + (seqText.isEmpty() ? "anchorSeq" : "anchorHash"), Texts.get("admin.audit.integrity.both"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        AuditVerifier.Result result = audit.verify(seqText.isEmpty() ? 0 : Long.parseLong(seqText),
                hashText.isEmpty() ? null : hashText);
        intact = result.intact();
        verdict = result.broken()
                .map(b -> Texts.format("admin.audit.integrity.broken." + b.name(), String.valueOf(result.brokenAt())))
                .orElseGet(() -> Texts.format("admin.audit.integrity.intact", String.valueOf(result.checked()),
                        String.valueOf(result.erased())));
        load();
    }

    /** The head as it is now, mailed to the administrator who asks. */
    public void mailHead() {
        publisher.mailToCaller();
        Messages.addGlobalInfo(Texts.get("admin.audit.integrity.mailed"));
    }

    /** The verdict in words, once the check ran. */
    public String getVerdict() { return verdict; }

    public boolean isIntact() { return intact; }

    public long getHeadSeq() { return headSeq; }

    public String getHeadHash() { return headHash; }

    public String getPublishedOn() { return publishedOn; }

    public String getAnchorSeq() { return anchorSeq; }

    public void setAnchorSeq(String anchorSeq) { this.anchorSeq = anchorSeq; }

    public String getAnchorHash() { return anchorHash; }

    public void setAnchorHash(String anchorHash) { this.anchorHash = anchorHash; }
}
