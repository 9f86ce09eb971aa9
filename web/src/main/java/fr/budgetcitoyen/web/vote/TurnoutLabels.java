package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.vote.Turnout;
import fr.budgetcitoyen.web.format.Formats;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** How turnout lines read and draw, for the agents' page and the public results alike. */
@Named
@ApplicationScoped
public class TurnoutLabels {

    private static final int BAR_WIDTH = 240;

    @Inject private TerritoryService territories;
    @Inject private Formats format;

    /** A bar's width in the 240-unit drawing, proportional to the breakdown's largest count. */
    public int bar(Turnout.Line line, List<Turnout.Line> lines) {
        long max = Turnout.max(lines);
        return line.isHidden() || max == 0 ? 0 : (int) Math.max(1, line.voters() * BAR_WIDTH / max);
    }

    public String label(String breakdown, String key) {
        return switch (breakdown) {
            case "day" -> key.matches("\\d{4}-\\d{2}-\\d{2}") ? format.date(LocalDate.parse(key)) : key;
            case "territory" -> territories.nameOf(key);
            default -> Texts.get("ageBand." + key);
        };
    }
}
