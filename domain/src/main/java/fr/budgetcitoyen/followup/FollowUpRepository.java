package fr.budgetcitoyen.followup;

import java.util.List;
import java.util.Optional;

/** Grants of funded projects, their instalments and the carriers' yearly reports. */
public interface FollowUpRepository {

    List<FundedProject> grantsOf(long campaignId);

    Optional<FundedProject> grant(long id);

    Optional<FundedProject> grantOfProject(long projectId);

    void store(FundedProject grant);

    List<Instalment> instalmentsOf(long grantId);

    void store(Instalment instalment);

    List<StatusReport> reportsOf(long projectId);

    void store(StatusReport report);
}
