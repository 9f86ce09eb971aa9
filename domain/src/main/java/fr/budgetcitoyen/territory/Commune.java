package fr.budgetcitoyen.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A commune of the Pas-de-Calais (reference data from the official administrative divisions).
 * A postal code can serve several communes, and a commune can have several postal codes.
 */
@Entity
@Table(name = "commune")
@NamedQuery(name = "Commune.countByTerritory",
        query = "select c.territory.code, count(c), sum(c.population) from Commune c group by c.territory.code")
@NamedQuery(name = "Commune.findByPostalCode",
        query = "select c from Commune c join c.postalCodes p where p = :postalCode order by c.name")
public class Commune {

    @Id
    @Column(name = "insee_code", length = 5)
    private String inseeCode;

    @Column(nullable = false, length = 120)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commune_postal_code", joinColumns = @JoinColumn(name = "commune_insee_code"))
    @Column(name = "postal_code", length = 5)
    private Set<String> postalCodes = new LinkedHashSet<>();

    @Column(nullable = false)
    private int population;

    @Column(name = "epci_siren", length = 9)
    private String epciSiren;

    @Column(name = "epci_name", length = 160)
    private String epciName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_code")
    private Territory territory;

    protected Commune() {
        // for JPA
    }

    public Commune(String inseeCode, String name, Set<String> postalCodes, int population,
                   String epciSiren, String epciName, Territory territory) {
        if (inseeCode == null || !inseeCode.matches("62[0-9]{3}")) {
            throw new IllegalArgumentException("Not an INSEE code of the Pas-de-Calais: " + inseeCode);
        }
        this.inseeCode = inseeCode;
        this.name = Objects.requireNonNull(name, "name");
        this.postalCodes = new LinkedHashSet<>(postalCodes);
        this.population = population;
        this.epciSiren = epciSiren;
        this.epciName = epciName;
        this.territory = Objects.requireNonNull(territory, "territory");
    }

    public String inseeCode() { return inseeCode; }

    public String name() { return name; }

    public Set<String> postalCodes() {
        return Set.copyOf(postalCodes);
    }

    public int population() { return population; }

    public String epciName() { return epciName; }

    public Territory territory() { return territory; }

    @Override
    public String toString() {
        return name + " (" + inseeCode + ")";
    }
}
