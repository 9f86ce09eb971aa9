package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.shared.Theme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the ambassadors share beyond their profile: experience sheets, mentoring, La Gang's meetings. */
public interface AmbassadorNetworkRepository {

    List<ExperienceSheet> sheetsOf(long ambassadorId);

    List<ExperienceSheet> sheetsOnTheme(Theme theme);

    List<ExperienceSheet> sheetsOnWorkshop(Workshop workshop);

    void store(ExperienceSheet sheet);

    List<MentoringRequest> requestsTo(long ambassadorId);

    List<MentoringRequest> requestsBy(long carrierAccountId);

    List<MentoringRequest> openRequests();

    Optional<MentoringRequest> request(long id);

    void store(MentoringRequest request);

    List<GangEvent> eventsFrom(LocalDate day);

    void store(GangEvent event);
}
