package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.scic.CapitalAccount;
import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.GeneralAssembly;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicRepository;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's réseau des SCIC 62: each shareholding gets its subscription, a first payment of a quarter a
 * fortnight later, the rest a year later (when that day has come), and one general assembly that declares
 * the SCIC's capital (five times the département's part) and the other local authorities' part (half the
 * département's): together 30 %, so the département may still subscribe as much again twice over before
 * the 50 % limit. The demo SCIC member manages the first SCIC. Movements go through {@link CapitalAccount},
 * like an agent's.
 */
@Dependent
class DemoScicLoader {

    @Inject private ScicRepository scics;
    @Inject private AccountRepository accounts;
    @Inject private TerritoryRepository territories;
    @Inject private Clock clock;

    void load() {
        LocalDate today = LocalDate.now(clock);
        List<DemoScics.Sample> all = DemoScics.all();
        for (DemoScics.Sample sample : all) {
            Scic scic = Scic.register(sample.name(), sample.communeInseeCode(),
                    territories.territoryOfCommune(sample.communeInseeCode()).orElseThrow(), Money.euros(sample.nominalEuros()),
                    sample.profile());
            if (sample == all.get(0)) {
                scic.entrustTo(accounts.findByEmail(DemoAccounts.emailOf(Role.SCIC_MEMBER)).orElseThrow().id());
            }
            scics.store(scic);
            if (sample.entry() != null) {
                scic.admitDepartment(sample.entry());
                recordCapital(scic, sample, today);
                LocalDate assembly = LocalDate.of(today.getYear() - 1, 6, 20);
                Money department = scic.nominal().times(sample.sharesSubscribed());
                scics.store(GeneralAssembly.convene(scic.id(), assembly, false,
                        "Approbation des comptes " + (assembly.getYear() - 1) + " ; affectation du résultat ; renouvellement du conseil.",
                        "Pour sur toutes les résolutions.", department.times(5), department.percent(BigDecimal.valueOf(50))));
            }
        }
    }

    private void recordCapital(Scic scic, DemoScics.Sample sample, LocalDate today) {
        LocalDate entry = sample.entry().decidedOn();
        Money subscribed = scic.nominal().times(sample.sharesSubscribed());
        Money quarter = subscribed.percent(BigDecimal.valueOf(25));
        List<CapitalMovement> planned = new ArrayList<>(List.of(
                CapitalMovement.subscription(scic.id(), entry, sample.sharesSubscribed(), sample.entry().deliberation()),
                CapitalMovement.payment(scic.id(), entry.plusWeeks(2), quarter, "Mandat n° " + entry.getYear() + "-1"),
                CapitalMovement.payment(scic.id(), entry.plusYears(1), subscribed.minus(quarter), "Mandat n° " + (entry.getYear() + 1) + "-1")));
        CapitalAccount account = CapitalAccount.of(scic.nominal(), List.of());
        for (CapitalMovement movement : planned) {
            if (!movement.date().isAfter(today)) {
                account = account.with(movement, today);
                movement.recordedBy("mission-ess@demo.budgetcitoyen.fr", Instant.now(clock));
                scics.store(movement);
            }
        }
    }
}
