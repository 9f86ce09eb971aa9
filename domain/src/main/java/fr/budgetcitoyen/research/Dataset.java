package fr.budgetcitoyen.research;

import java.util.List;

/** The research datasets, each one CSV file; their fields are documented on the page and in the README. */
public enum Dataset {

    PROJECTS("projets", List.of("edition", "project_id", "category", "theme", "territory", "legal_form", "status", "published",
            "title", "structure", "total_cost_eur", "requested_eur", "committee_members", "radar_societal_innovation",
            "radar_cooperation", "radar_ess_practices", "radar_transformation", "radar_territorial_anchoring", "votes", "funded",
            "granted_eur", "paid_eur", "report_year", "still_active", "volunteers", "employees")),
    TURNOUT("participation", List.of("edition", "territory", "age_band", "voters", "suppressed"));

    private final String slug;
    private final List<String> fields;

    Dataset(String slug, List<String> fields) {
        this.slug = slug;
        this.fields = fields;
    }

    public List<String> fields() { return fields; }

    /** The name the file is downloaded under. */
    public String fileName() {
        return "budget-citoyen-recherche-" + slug + ".csv";
    }
}
