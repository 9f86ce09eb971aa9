package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ambassadors and the changes they propose. */
public interface AmbassadorRepository {

    List<Ambassador> search(String text, String territory, Theme theme, LegalForm legalForm, Integer year, int first, int max);

    long count(String text, String territory, Theme theme, LegalForm legalForm, Integer year);

    /** How many ambassadors each territory has, for the territory view. */
    Map<String, Long> countByTerritory();

    Optional<Ambassador> find(long id);

    /** The names of several ambassadors in one read. */
    Map<Long, String> names(Collection<Long> ids);

    Optional<Ambassador> managedBy(long accountId);

    void store(Ambassador ambassador);

    List<ProfileChange> pendingChanges();

    Optional<ProfileChange> change(long id);

    Optional<ProfileChange> pendingChangeOf(long ambassadorId);

    /** The latest change proposed for an ambassador, whatever its status. */
    Optional<ProfileChange> latestChangeOf(long ambassadorId);

    void store(ProfileChange change);

    /** The ambassadors whose new logo waits for a review. */
    List<Ambassador> withPendingLogo();
}
