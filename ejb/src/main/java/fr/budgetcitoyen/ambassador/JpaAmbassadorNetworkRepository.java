package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.platform.JpaStore;
import fr.budgetcitoyen.shared.Theme;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAmbassadorNetworkRepository extends JpaStore implements AmbassadorNetworkRepository {

    private static final String SHEETS = "select s from ExperienceSheet s where ";
    private static final String NEWEST = " order by s.publishedAt desc, s.id desc";

    @Override
    public List<ExperienceSheet> sheetsOf(long ambassadorId) {
        return list(ExperienceSheet.class, SHEETS + "s.ambassadorId = :a" + NEWEST, "a", ambassadorId);
    }

    @Override
    public List<ExperienceSheet> sheetsOnTheme(Theme theme) {
        return list(ExperienceSheet.class, SHEETS + "s.theme = :t" + NEWEST, "t", theme);
    }

    @Override
    public List<ExperienceSheet> sheetsOnWorkshop(Workshop workshop) {
        return list(ExperienceSheet.class, SHEETS + "s.workshop = :w" + NEWEST, "w", workshop);
    }

    @Override
    public void store(ExperienceSheet sheet) {
        em.persist(sheet);
    }

    @Override
    public List<MentoringRequest> requestsTo(long ambassadorId) {
        return list(MentoringRequest.class, "select r from MentoringRequest r where r.ambassadorId = :a order by r.askedAt desc",
                "a", ambassadorId);
    }

    @Override
    public List<MentoringRequest> requestsBy(long carrierAccountId) {
        return list(MentoringRequest.class,
                "select r from MentoringRequest r where r.carrierAccountId = :c order by r.askedAt desc", "c", carrierAccountId);
    }

    @Override
    public List<MentoringRequest> openRequests() {
        return list(MentoringRequest.class, "select r from MentoringRequest r where r.reply.status = :s order by r.askedAt",
                "s", RequestStatus.OPEN);
    }

    @Override
    public Optional<MentoringRequest> request(long id) {
        return byId(MentoringRequest.class, id);
    }

    @Override
    public void store(MentoringRequest request) {
        em.persist(request);
    }

    @Override
    public List<GangEvent> eventsFrom(LocalDate day) {
        return list(GangEvent.class, "select e from GangEvent e where e.heldOn >= :d order by e.heldOn", "d", day);
    }

    @Override
    public void store(GangEvent event) {
        em.persist(event);
    }
}
