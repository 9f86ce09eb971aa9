package fr.budgetcitoyen.web.territory;

import fr.budgetcitoyen.territory.CommuneRecord;
import fr.budgetcitoyen.territory.CommuneReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Map;
import java.util.stream.Collectors;

/** {@code #{communeNames.of(insee)}}: a commune's name from the reference data, read once, for lists of many rows. */
@Named
@ApplicationScoped
public class CommuneNames {

    private final Map<String, String> names = CommuneReferenceData.load().stream()
            .collect(Collectors.toMap(CommuneRecord::inseeCode, CommuneRecord::name));

    /** The name; an unknown code as it is, none as empty. */
    public String of(String inseeCode) {
        return inseeCode == null ? "" : names.getOrDefault(inseeCode, inseeCode);
    }
}
