package fr.budgetcitoyen.survey;

import java.util.List;
import java.util.Optional;

/** Survey campaigns and the invitations they sent. */
public interface SurveyRepository {

    /** Newest first. */
    List<Survey> surveys();

    Optional<Survey> survey(long id);

    void store(Survey survey);

    List<SurveyInvitation> invitationsOf(long surveyId);

    /** The invitations of several surveys in one read (the list of surveys and their response rates). */
    List<SurveyInvitation> invitationsOfSurveys(List<Long> surveyIds);

    /** The invitation a link opens, locked: a double submit answers once. */
    Optional<SurveyInvitation> invitationForUpdate(String clearToken);

    Optional<SurveyInvitation> invitation(String clearToken);

    void store(SurveyInvitation invitation);

    /** The free-text answers of a survey in one read, by question (position) then invitation. */
    List<FreeAnswer> freeAnswersOf(long surveyId);

    /** The answer to a survey's free question {@code position} (from 0). */
    record FreeAnswer(int position, String text) {
    }
}
