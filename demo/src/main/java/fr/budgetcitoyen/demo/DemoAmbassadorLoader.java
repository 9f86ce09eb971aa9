package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorNetworkRepository;
import fr.budgetcitoyen.ambassador.AmbassadorRepository;
import fr.budgetcitoyen.ambassador.ExperienceSheet;
import fr.budgetcitoyen.ambassador.GangEvent;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The ESS ambassadors of the demo: their directory, experience sheets, internships and La Gang's next event. */
@Dependent
class DemoAmbassadorLoader {

    @Inject private AccountRepository accounts;
    @Inject private TerritoryRepository territories;
    @Inject private AmbassadorRepository ambassadorRepository;
    @Inject private AmbassadorNetworkRepository ambassadorNetwork;
    @Inject private DemoInternshipLoader internshipOffers;
    @Inject private Clock clock;

    /** The directory's initiatives; the demo ambassador account manages the first. */
    void load() {
        Account manager = accounts.findByEmail(DemoAccounts.emailOf(Role.AMBASSADOR)).orElseThrow();
        List<DemoAmbassadors.Recognition> all = DemoAmbassadors.all();
        List<Ambassador> stored = new ArrayList<>();
        for (DemoAmbassadors.Recognition r : all) {
            Ambassador ambassador = Ambassador.recognise(r.profile(), r.year(), "CP " + r.year(), r.communeInseeCode(),
                    territories.territoryOfCommune(r.communeInseeCode()).orElseThrow(), r.legalForm());
            if (r == all.get(0)) {
                ambassador.entrustTo(manager.id());
            }
            ambassadorRepository.store(ambassador);
            stored.add(ambassador);
        }
        for (DemoAmbassadors.Sheet sheet : DemoAmbassadors.sheets()) {
            ambassadorNetwork.store(ExperienceSheet.write(stored.get(sheet.author()), sheet.title(), sheet.body(), sheet.theme(),
                    sheet.workshop(), Instant.now(clock)));
        }
        internshipOffers.load(stored);
        ambassadorNetwork.store(GangEvent.plan(LocalDate.now(clock).plusWeeks(3), "Rencontre de La Gang : réussir son dossier",
                "Café des Possibles, Lens", "Les ambassadeurs répondent aux questions des porteurs de la prochaine édition."));
    }
}
