package fr.budgetcitoyen.web.territory;

import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.territory.TerritorySummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The 8 territories of the département, with their communes count and population. */
@Path("territories")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TerritoryResource {

    @EJB private TerritoryService territories;

    public record TerritoryJson(String code, String name, long communes, long population) {
        static TerritoryJson of(TerritorySummary s) {
            return new TerritoryJson(s.territory().code(), s.territory().name(), s.statistics().communes(),
                    s.statistics().population());
        }
    }

    @GET
    public List<TerritoryJson> list() {
        return territories.territories().stream().map(TerritoryJson::of).toList();
    }
}
