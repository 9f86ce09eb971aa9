package fr.budgetcitoyen.web.territory;

import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;

import java.io.Serializable;
import java.util.List;

/**
 * A commune of the Pas-de-Calais picked as people know it: postal code first, then the commune among
 * those it serves (chosen at once when there is only one). Shared by the forms of the portal.
 */
public class CommuneChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String postalCode;
    private String inseeCode;
    private List<Option> communes = List.of();
    private boolean searched;

    /** A commune as the select shows it. */
    public record Option(String inseeCode, String label) implements Serializable {
        static Option of(Commune commune) {
            return new Option(commune.inseeCode(), commune.name());
        }
    }

    public void find(TerritoryService territories) {
        searched = postalCode != null && !postalCode.isBlank();
        communes = postalCode != null && postalCode.strip().matches("62\\d{3}")
                ? territories.communesWithPostalCode(postalCode.strip()).stream().map(Option::of).toList()
                : List.of();
        if (communes.size() == 1) {
            inseeCode = communes.get(0).inseeCode();
        }
    }

    /** Shows a commune chosen earlier, as if its postal code had just been typed. */
    public void preselect(Commune commune) {
        postalCode = commune.postalCodes().stream().sorted().findFirst().orElse(null);
        communes = List.of(Option.of(commune));
        inseeCode = commune.inseeCode();
    }

    /** A postal code was typed and looked up (then an empty list means it serves no commune of ours). */
    public boolean isSearched() { return searched; }

    public List<Option> getCommunes() { return communes; }

    public String getPostalCode() { return postalCode; }

    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }

    public String getInseeCode() { return inseeCode; }

    public void setInseeCode(String inseeCode) { this.inseeCode = inseeCode; }
}
