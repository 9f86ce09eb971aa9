package fr.budgetcitoyen.web.vote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** The receipt, shown once: it comes from the flash scope of the vote's redirect and is gone on reload. */
@Named
@RequestScoped
public class VoteReceiptBacking {

    public String getCode() {
        return (String) Faces.getFlash().get("receipt");
    }

    public boolean isMailed() {
        return Boolean.TRUE.equals(Faces.getFlash().get("receiptMailed"));
    }

    public String getCategory() {
        return (String) Faces.getFlash().get("receiptCategory");
    }
}
