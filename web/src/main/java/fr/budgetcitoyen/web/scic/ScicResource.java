package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.web.api.ApiAccessFilter;
import fr.budgetcitoyen.web.format.Csv;
import jakarta.annotation.security.RolesAllowed;
import fr.budgetcitoyen.scic.Portfolio;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/scics}: the réseau des SCIC 62 (public); {@code GET /api/scics/capital.csv}: the
 * département's shareholdings with their derived figures, for the Mission ESS ({@link ApiAccessFilter} and the EJB).
 */
@Path("scics")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ScicResource {

    public record ScicJson(long id, String name, String territory, String purpose, String website, boolean shareholding,
                           LocalDate associateSince) {
        static ScicJson of(Scic s) {
            return new ScicJson(s.id(), s.name(), s.territoryCode(), s.purpose(), s.website(), s.isShareholding(),
                    s.isShareholding() ? s.shareholding().decidedOn() : null);
        }
    }

    @EJB private ScicService scics;

    @GET
    public List<ScicJson> network() {
        return scics.network().stream().map(ScicJson::of).toList();
    }

    @GET
    @Path("capital.csv")
    @RolesAllowed({"AGENT", "ADMIN"})
    @Produces("text/csv; charset=UTF-8")
    public Response capital() {
        StringBuilder csv = new StringBuilder(
                "scic_id;name;territory;entry_deliberation;entry_date;share_nominal_eur;shares;subscribed_eur;paid_up_eur;unpaid_eur\n");
        for (Portfolio.Holding h : scics.portfolio().holdings()) {
            Scic s = h.scic();
            csv.append(s.id()).append(';').append(Csv.quoted(s.name())).append(';').append(s.territoryCode()).append(';')
                    .append(Csv.quoted(s.shareholding().deliberation())).append(';').append(s.shareholding().decidedOn()).append(';')
                    .append(s.nominal().amount().toPlainString()).append(';').append(h.capital().shares()).append(';')
                    .append(h.capital().subscribed().amount().toPlainString()).append(';')
                    .append(h.capital().paidUp().amount().toPlainString()).append(';')
                    .append(h.capital().unpaid().amount().toPlainString()).append('\n');
        }
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"participations-scic.csv\"").build();
    }
}
