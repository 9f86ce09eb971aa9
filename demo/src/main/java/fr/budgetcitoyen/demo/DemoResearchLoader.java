package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.research.ResearchGrant;
import fr.budgetcitoyen.research.ResearchGrantRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The partner researchers of the programme 2025–2028: the demo researcher holds an active grant for a year (the
 * Université d'Artois' study), the former one a grant that expired last month, so both answers can be tried.
 */
@Dependent
class DemoResearchLoader {

    @Inject private ResearchGrantRepository grants;
    @Inject private Clock clock;

    void load(Account agent, Account researcher, Account former) {
        LocalDate today = LocalDate.now(clock);
        grants.store(ResearchGrant.grant(researcher.id(), "Université d'Artois et Institut Godin : la politique ESS du Département "
                + "comme laboratoire sociétal (projets, labellisation, vote et suivi, 2018 à aujourd'hui).", today.plusYears(1),
                agent.email(), today, Instant.now(clock)));
        LocalDate past = today.minusYears(1);
        grants.store(ResearchGrant.grant(former.id(), "Mémoire de master : la participation des jeunes au Budget citoyen.",
                today.minusMonths(1), agent.email(), past, past.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
