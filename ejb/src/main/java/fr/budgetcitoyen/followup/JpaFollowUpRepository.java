package fr.budgetcitoyen.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFollowUpRepository implements FollowUpRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<FundedProject> grantsOf(long campaignId) {
        return em.createQuery("select g from FundedProject g where g.campaignId = :campaign order by g.territoryCode, g.projectId",
                FundedProject.class).setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public Optional<FundedProject> grant(long id) {
        return Optional.ofNullable(em.find(FundedProject.class, id));
    }

    @Override
    public Optional<FundedProject> grantOfProject(long projectId) {
        return em.createQuery("select g from FundedProject g where g.projectId = :project", FundedProject.class)
                .setParameter("project", projectId).getResultStream().findFirst();
    }

    @Override
    public List<FundedProject> grantsOfOwner(long accountId) {
        return em.createQuery("select g from FundedProject g where g.projectId in (select p.id from Project p where p.ownerId = :owner)"
                + " order by g.projectId desc", FundedProject.class).setParameter("owner", accountId).getResultList();
    }

    @Override
    public Optional<FundedProject> grantForUpdate(long id) {
        return Optional.ofNullable(em.find(FundedProject.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(FundedProject grant) {
        em.persist(grant);
    }

    @Override
    public List<Instalment> instalmentsOf(long grantId) {
        return em.createQuery("select i from Instalment i where i.grantId = :grant order by i.paidOn, i.id", Instalment.class)
                .setParameter("grant", grantId).getResultList();
    }

    @Override
    public List<Instalment> instalmentsOfGrants(Collection<Long> grantIds) {
        return grantIds.isEmpty() ? List.of() : em.createQuery(
                        "select i from Instalment i where i.grantId in :grants order by i.paidOn, i.id", Instalment.class)
                .setParameter("grants", grantIds).getResultList();
    }

    @Override
    public Optional<Instalment> instalment(long id) {
        return Optional.ofNullable(em.find(Instalment.class, id));
    }

    @Override
    public void store(Instalment instalment) {
        em.persist(instalment);
    }

    @Override
    public List<StatusReport> reportsOf(long projectId) {
        return em.createQuery("select r from StatusReport r where r.projectId = :project order by r.year desc", StatusReport.class)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public List<StatusReport> reportsOfProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : em.createQuery(
                        "select r from StatusReport r where r.projectId in :projects", StatusReport.class)
                .setParameter("projects", projectIds).getResultList();
    }

    @Override
    public void store(StatusReport report) {
        em.persist(report);
    }
}
