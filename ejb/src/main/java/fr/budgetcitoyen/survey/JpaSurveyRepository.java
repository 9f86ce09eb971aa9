package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.account.AccountToken;
import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSurveyRepository extends JpaStore implements SurveyRepository {

    @Override
    public List<Survey> surveys() {
        return list(Survey.class, "select s from Survey s order by s.opened.at desc, s.id desc");
    }

    @Override
    public Optional<Survey> survey(long id) {
        return byId(Survey.class, id);
    }

    @Override
    public void store(Survey survey) {
        em.persist(survey);
    }

    @Override
    public List<SurveyInvitation> invitationsOf(long surveyId) {
        return invitationsOfSurveys(List.of(surveyId));
    }

    @Override
    public List<SurveyInvitation> invitationsOfSurveys(List<Long> surveyIds) {
        return surveyIds.isEmpty() ? List.of() : list(SurveyInvitation.class,
                "select i from SurveyInvitation i where i.surveyId in :surveys order by i.edition, i.projectId",
                "surveys", surveyIds);
    }

    @Override
    public Optional<SurveyInvitation> invitationForUpdate(String clearToken) {
        return find(clearToken, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<SurveyInvitation> invitation(String clearToken) {
        return find(clearToken, LockModeType.NONE);
    }

    private Optional<SurveyInvitation> find(String clearToken, LockModeType lock) {
        if (clearToken == null || clearToken.isBlank() || clearToken.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select i from SurveyInvitation i where i.tokenHash = :hash", SurveyInvitation.class)
                .setParameter("hash", AccountToken.hash(clearToken)).setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public void store(SurveyInvitation invitation) {
        em.persist(invitation);
    }

    @Override
    public List<FreeAnswer> freeAnswersOf(long surveyId) {
        return em.createQuery("select index(f), f from SurveyInvitation i join i.freeAnswers f "
                        + "where i.surveyId = :survey and f <> '' order by index(f), i.id", Object[].class)
                .setParameter("survey", surveyId).getResultStream()
                .map(row -> new FreeAnswer(((Number) row[0]).intValue(), (String) row[1])).toList();
    }
}
