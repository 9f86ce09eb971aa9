package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.partner.Partner;
import fr.budgetcitoyen.partner.PartnerKind;
import fr.budgetcitoyen.partner.PartnerRepository;
import fr.budgetcitoyen.partner.Slot;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The partners the seeds name with their role in the process, and a few free slots of the first one
 * (Pas-de-Calais Actif), managed by the demo partner account. Roles are summarised from the seeds.
 */
@Dependent
class DemoPartnerLoader {

    @Inject private PartnerRepository partners;
    @Inject private Clock clock;

    void load(Account member) {
        List<Partner> all = List.of(
                Partner.of("Pas-de-Calais Actif", PartnerKind.SOLIDARITY_FINANCE, "Finance solidaire : garanties, prêts d'honneur et accompagnement "
                        + "des porteurs et des SCIC partenaires du Département.", "https://www.pasdecalaisactif.org"),
                Partner.of("APES — Acteurs pour une économie solidaire", PartnerKind.NETWORK, "Réseau régional de l'ESS : approfondir les "
                        + "idées dans les comptoirs, relier les porteurs aux acteurs.", null),
                Partner.of("Ligue de l'enseignement", PartnerKind.SUPPORT, "Accompagne les associations et les juniors associations.", null),
                Partner.of("Cigales", PartnerKind.SOLIDARITY_FINANCE, "Clubs d'épargnants citoyens qui investissent dans des projets locaux.", null),
                Partner.of("La NEF", PartnerKind.SOLIDARITY_FINANCE, "Banque solidaire et responsable : prêts aux projets de l'ESS.", null),
                Partner.of("Propulsons!", PartnerKind.CROWDFUNDING, "Plateforme de financement participatif du Pas-de-Calais.", null),
                Partner.of("Fondations partenaires", PartnerKind.FOUNDATION, "Le comptoir des fondations présente les appels à projets "
                        + "des fondations aux porteurs.", null));
        all.forEach(partners::store);
        Partner first = all.get(0);
        first.entrustTo(member.id());
        LocalDate monday = LocalDate.now(clock).plusWeeks(1);
        for (int i = 0; i < 3; i++) {
            partners.store(Slot.publish(first, LocalDateTime.of(monday.plusDays(i), LocalTime.of(14, 0)), 45,
                    "Maison de l'ESS, Arras", LocalDateTime.now(clock)));
        }
    }
}
