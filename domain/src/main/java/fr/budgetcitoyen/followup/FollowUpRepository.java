package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.allocation.plan.AllocationRun;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Grants of funded projects, their instalments and the carriers' yearly reports. */
public interface FollowUpRepository {

    List<FundedProject> grantsOf(long campaignId);

    Optional<FundedProject> grant(long id);

    /** Read to pay or reverse an instalment: concurrent entries on one grant are checked one after the other. */
    Optional<FundedProject> grantForUpdate(long id);

    Optional<FundedProject> grantOfProject(long projectId);

    /** The grants of one carrier's projects, newest project first. */
    List<FundedProject> grantsOfOwner(long accountId);

    void store(FundedProject grant);

    /**
     * Opens the grants of a decided allocation (once: projects already followed are left as they are), reading the
     * edition's grants once rather than once per funded project.
     */
    default void openGrantsOf(AllocationRun decided) {
        Set<Long> followed = grantsOf(decided.campaignId()).stream().map(FundedProject::projectId).collect(Collectors.toSet());
        FundedProject.of(decided).stream().filter(f -> !followed.contains(f.projectId())).forEach(this::store);
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
