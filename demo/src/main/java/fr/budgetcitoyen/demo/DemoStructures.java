package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.project.Project;

import java.util.Map;

/**
 * Who carried the demo's projects: one SIREN (or RNA) per structure, so the inventory recognises each across
 * 2018, 2021 and the current edition; two files of 2018 leave the agent a doubt to settle (one had no number
 * yet, one gave its RNA before the association had a SIREN). Numbers and addresses are illustrative.
 */
public final class DemoStructures {

    private record Identity(String number, String address, String communeInseeCode) {
    }

    private static final Map<String, Identity> BY_CARRIER = Map.ofEntries(
            Map.entry("Association Le Comptoir des voisins", new Identity("812345676", "3 place de la République", "62510")),
            Map.entry("Association Répit partagé", new Identity("793456120", "18 rue Gambetta", "62041")),
            Map.entry("Roule ma poule", new Identity("884123753", "2 rue du Marché", "62767")),
            Map.entry("Junior association Les Baroudeurs", new Identity("W623002871", "Maison des jeunes, rue Royale", "62193")),
            Map.entry("SCIC Super'Ecques", new Identity("522788413", "1 place de l'Église", "62288")),
            Map.entry("Association Seconde main", new Identity("488112376", "47 boulevard Daunou", "62160")),
            Map.entry("Les Cousalis", new Identity("833771298", "9 rue Jean Jaurès", "62427")),
            Map.entry("Cliss XXI", new Identity("901234583", "23 rue Jean Moulin", "62510")),
            Map.entry("SCIC Autour du Louvre-Lens (ALL)", new Identity("441288909", "6 rue Paul Bert", "62498")),
            Map.entry("Le Toit Commun", new Identity("805123478", "15 rue d'Aire", "62119")),
            Map.entry("MAS La Croisée", new Identity("753331206", "4 rue Pierre Ledent", "62588")),
            Map.entry("SCOP Les Copeaux", new Identity("501477897", "30 quai de la Loire", "62193")));

    /** The 2018 RNA of the Comptoir des voisins, before its SIREN. */
    static final String COMPTOIR_RNA_2018 = "W623001457";

    private DemoStructures() {
    }

    /** Gives a demo file its carrier's number, address and commune as that edition recorded them. */
    public static void identify(Project project, int year) {
        String carrier = project.carrier().name();
        Identity identity = BY_CARRIER.get(carrier);
        if (identity == null) {
            return;
        }
        String number = identity.number();
        if (year == 2018 && carrier.equals("Association Seconde main")) {
            number = null;
        } else if (year == 2018 && carrier.equals("Association Le Comptoir des voisins")) {
            number = COMPTOIR_RNA_2018;
        }
        project.recordCarrierIdentity(number, identity.address(), identity.communeInseeCode());
    }
}
