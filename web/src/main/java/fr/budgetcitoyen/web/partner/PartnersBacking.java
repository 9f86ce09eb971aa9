package fr.budgetcitoyen.web.partner;

import fr.budgetcitoyen.partner.Partner;
import fr.budgetcitoyen.partner.PartnerService;
import fr.budgetcitoyen.partner.Slot;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /partners}: the partners and their role; the comptoir des fondations et de la finance solidaire,
 * where a signed-in carrier books a free slot, sees their appointments and may cancel them.
 */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private PartnerService partners;

    private final Map<Long, String> topics = new HashMap<>();

    public List<Partner> getPartners() {
        return partners.partners();
    }

    public List<Slot> getFreeSlots() {
        return partners.freeSlots();
    }

    public List<Slot> getMine() {
        return Faces.isUserInRole("RESIDENT") ? partners.myAppointments() : List.of();
    }

    public String partnerName(Slot slot) {
        return partners.partnerName(slot.partnerId());
    }

    public void book(Slot slot) {
        Refusals.attempt(() -> {
            partners.book(slot.id(), topics.get(slot.id()));
            Messages.addGlobalInfo(Texts.get("slot.booked"));
            topics.remove(slot.id());
        }, Refusals.GLOBAL);
    }

    public void cancel(Slot slot) {
        Refusals.attempt(() -> {
            partners.cancel(slot.id());
            Messages.addGlobalInfo(Texts.get("slot.cancelled"));
        }, Refusals.GLOBAL);
    }

    public Map<Long, String> getTopics() { return topics; }
}
