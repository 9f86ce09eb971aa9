package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFollowUpRepository extends JpaStore implements FollowUpRepository {

    @Override
    public List<FundedProject> grantsOf(long campaignId) {
        return list(FundedProject.class,
                "select g from FundedProject g where g.campaignId = :campaign order by g.territoryCode, g.projectId",
                "campaign", campaignId);
    }

    @Override
    public Optional<FundedProject> grant(long id) {
        return byId(FundedProject.class, id);
    }

    @Override
    public Optional<FundedProject> grantOfProject(long projectId) {
        return first(FundedProject.class, "select g from FundedProject g where g.projectId = :project", "project", projectId);
    }

    @Override
    public List<FundedProject> grantsOfOwner(long accountId) {
        return list(FundedProject.class,
                "select g from FundedProject g where g.projectId in (select p.id from Project p where p.ownerId = :owner)"
                + " order by g.projectId desc",
                "owner", accountId);
    }

    @Override
    public Optional<FundedProject> grantForUpdate(long id) {
        return lockedById(FundedProject.class, id);
    }

    @Override
    public void store(FundedProject grant) {
        em.persist(grant);
    }

    @Override
    public List<Instalment> instalmentsOf(long grantId) {
        return list(Instalment.class, "select i from Instalment i where i.grantId = :grant order by i.paidOn, i.id",
                "grant", grantId);
    }

    @Override
    public List<Instalment> instalmentsOfGrants(Collection<Long> grantIds) {
        return grantIds.isEmpty() ? List.of() : list(Instalment.class,
                "select i from Instalment i where i.grantId in :grants order by i.paidOn, i.id", "grants", grantIds);
    }

    @Override
    public Optional<Instalment> instalment(long id) {
        return byId(Instalment.class, id);
    }

    @Override
    public void store(Instalment instalment) {
        em.persist(instalment);
    }

    @Override
    public List<StatusReport> reportsOf(long projectId) {
        return list(StatusReport.class, "select r from StatusReport r where r.projectId = :project order by r.year desc",
                "project", projectId);
    }

    @Override
    public List<StatusReport> reportsOfProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : list(StatusReport.class,
                "select r from StatusReport r where r.projectId in :projects", "projects", projectIds);
    }

    @Override
    public void store(StatusReport report) {
        em.persist(report);
    }
}
