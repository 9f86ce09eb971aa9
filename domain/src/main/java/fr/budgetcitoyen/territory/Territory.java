package fr.budgetcitoyen.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** One of the 8 territories of the département (Arrageois, Artois, …), where comptoirs are held. */
@Entity
@Table(name = "territory")
@NamedQuery(name = "Territory.findAll", query = "select t from Territory t order by t.name")
public class Territory {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    protected Territory() {
        // for JPA
    }

    public Territory(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A territory needs a name");
        }
        this.name = name.strip();
        this.code = codeOf(this.name);
    }

    /** "Hénin-Carvin" → "henin-carvin": a stable, URL-safe identifier. */
    public static String codeOf(String name) {
        String ascii = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public String code() { return code; }

    public String name() { return name; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Territory other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() { return name; }
}
