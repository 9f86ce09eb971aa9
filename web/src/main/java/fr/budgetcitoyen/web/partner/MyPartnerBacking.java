package fr.budgetcitoyen.web.partner;

import fr.budgetcitoyen.partner.Partner;
import fr.budgetcitoyen.partner.PartnerService;
import fr.budgetcitoyen.partner.Slot;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /my-partner}: the accounts entrusted with a partner publish its slots and see who booked them. */
@Named
@ViewScoped
public class MyPartnerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private PartnerService partners;

    private Long partnerId;
    private String day;
    private String time;
    private String duration = "45";
    private String place;

    @PostConstruct
    void preselect() {
        List<Partner> mine = partners.mine();
        if (mine.size() == 1) {
            partnerId = mine.get(0).id();
        }
    }

    public List<Partner> getMine() {
        return partners.mine();
    }

    public List<Slot> slotsOf(Partner partner) {
        return partners.slotsOf(partner.id());
    }

    public String bookerOf(Slot slot) {
        return partners.bookerOf(slot);
    }

    public void publish() {
        LocalDate date = Inputs.date(day, "slot:day", "slot.day.invalid");
        Integer minutes = Inputs.integer(duration, "slot:duration", "slot.duration.invalid");
        LocalTime at = null;
        try {
            at = time == null || time.isBlank() ? null : LocalTime.parse(time.strip());
        } catch (DateTimeParseException unreadable) {
            Messages.addError("slot:time", Texts.get("slot.time.invalid"));
            Faces.validationFailed();
        }
        if (Faces.isValidationFailed()) {
            return;
        }
        Long chosen = partnerId;
        LocalDateTime startsAt = date == null || at == null ? null : LocalDateTime.of(date, at);
        // the start is typed as a day and a time: its problems are shown on the day
        Refusals.attempt(() -> {
            if (chosen == null) {
                throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("partner", "slot.partner.required")));
            }
            partners.publish(chosen, startsAt, minutes, place);
            Messages.addGlobalInfo(Texts.get("slot.published"));
            day = null;
            time = null;
        }, field -> "slot:" + ("startsAt".equals(field) ? "day" : field));
    }

    public Long getPartnerId() { return partnerId; }

    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }

    public String getDay() { return day; }

    public void setDay(String day) { this.day = day; }

    public String getTime() { return time; }

    public void setTime(String time) { this.time = time; }

    public String getDuration() { return duration; }

    public void setDuration(String duration) { this.duration = duration; }

    public String getPlace() { return place; }

    public void setPlace(String place) { this.place = place; }
}
