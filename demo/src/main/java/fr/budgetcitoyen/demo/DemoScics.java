package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.scic.ScicProfile;
import fr.budgetcitoyen.scic.Shareholding;

import java.time.LocalDate;
import java.util.List;

/**
 * The réseau des SCIC 62 of the demo: the six SCICs the seeds name as the département's shareholdings
 * (their names are real; places, nominal values and figures are illustrative) and two SCICs of the
 * network the département is not an associate of.
 */
public final class DemoScics {

    /** A SCIC of the demo; {@code entry} is null when the département holds no share. */
    public record Sample(String name, String communeInseeCode, long nominalEuros, ScicProfile profile, Shareholding entry,
                         long sharesSubscribed) {
    }

    private static final LocalDate FIRST_ENTRY = LocalDate.of(2021, 3, 29);

    private DemoScics() {
    }

    /** The first one is managed by the demo SCIC member account. */
    public static List<Sample> all() {
        return List.of(
                held("Super'Ecques", "62288", 20, "L'épicerie autrement : une épicerie coopérative de village, avec ses producteurs et ses habitants.", FIRST_ENTRY, 250),
                held("Le Toit Commun", "62041", 50, "Un tiers-lieu coopératif : ateliers partagés, café et bureaux pour les initiatives du territoire.", FIRST_ENTRY, 100),
                held("Autour du Louvre-Lens (ALL)", "62498", 100, "Accueil, tourisme et hospitalité par les habitants autour du musée du Louvre-Lens.", LocalDate.of(2021, 11, 22), 50),
                held("Les Cousalis", "62178", 50, "Cinq structures d'insertion qui relocalisent la confection textile dans le Pas-de-Calais.", LocalDate.of(2022, 6, 27), 120),
                held("MAS La Croisée", "62160", 25, "Une maison d'accueil où résidents, familles, salariés et bénévoles décident ensemble.", LocalDate.of(2023, 3, 20), 200),
                held("Cliss XXI", "62510", 40, "Logiciels libres et numérique responsable pour les associations et les collectivités.", LocalDate.of(2023, 10, 9), 125),
                new Sample("Énergies citoyennes de l'Audomarois", "62765", 50,
                        new ScicProfile("Des toitures solaires financées et gouvernées par les habitants.", null, null, null), null, 0),
                new Sample("Coopérative Terres d'Artois", "62119", 30,
                        new ScicProfile("Des maraîchers qui fournissent cantines et épiceries solidaires du Béthunois.", null, null, null), null, 0));
    }

    private static Sample held(String name, String insee, long nominal, String purpose, LocalDate entry, long shares) {
        return new Sample(name, insee, nominal, new ScicProfile(purpose, null, null, null),
                new Shareholding("CP " + entry, entry, "Collège des collectivités et partenaires publics", "Élu(e) délégué(e) à l'ESS"),
                shares);
    }
}
