package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.allocation.plan.AllocationRun;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Grants of funded projects, their instalments and the carriers' yearly reports. */
public interface FollowUpRepository {

    List<FundedProject> grantsOf(long campaignId);

    Optional<FundedProject> grant(long id);

    /** Read to pay or reverse an instalment: concurrent entries on one grant are checked one after the other. */
    Optional<FundedProject> grantForUpdate(long id);

    Optional<FundedProject> grantOfProject(long projectId);

    void store(FundedProject grant);

    /** Opens the grants of a decided allocation (once: projects already followed are left as they are). */
    default void openGrantsOf(AllocationRun decided) {
        FundedProject.of(decided).stream().filter(f -> grantOfProject(f.projectId()).isEmpty()).forEach(this::store);
    }

    List<Instalment> instalmentsOf(long grantId);

    /** The instalments of several grants in one read (a whole edition's follow-up list). */
    List<Instalment> instalmentsOfGrants(Collection<Long> grantIds);

    Optional<Instalment> instalment(long id);

    void store(Instalment instalment);

    List<StatusReport> reportsOf(long projectId);

    /** The reports of several projects in one read. */
    List<StatusReport> reportsOfProjects(Collection<Long> projectIds);

    void store(StatusReport report);
}
