package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.platform.Setting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Turnout for the Mission ESS during the vote: how many voted, when, where, how old — counted from the
 * participations, which say who voted but never what. Per-project counts are not computed here at all.
 */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class TurnoutService {

    private static final String PREFIX = "turnout.";

    @Resource private SessionContext context;
    @PersistenceContext private EntityManager em;
    @EJB private AuditLog audit;
    @Inject private CampaignRepository campaigns;
    @Inject private Clock clock;

    public Turnout turnout(long campaignId) {
        return turnoutOf(campaignId).as(settings());
    }

    private Turnout turnoutOf(long campaignId) {
        return new Turnout(
                count("select count(distinct p.voterId) from Participation p where p.campaignId = :c", campaignId),
                count("select count(p) from Participation p where p.campaignId = :c", campaignId),
                count("select count(p) from Participation p where p.campaignId = :c and p.assistedBy is not null", campaignId),
                lines("p.votedOn", campaignId), lines("p.territoryCode", campaignId), lines("p.ageBand", campaignId));
    }

    /** An edition's turnout by territory and age band, public once its vote is over (never during it). */
    @PermitAll
    public Optional<Turnout> publishedTurnout(int year) {
        return campaigns.findByYear(year).filter(Campaign::isPublic)
                .filter(c -> BallotPublication.isPublished(c, LocalDate.now(clock)))
                .map(c -> turnoutOf(c.id()).as(settings()));
    }

    @PermitAll
    public TurnoutSettings settings() {
        TurnoutSettings d = TurnoutSettings.DEFAULT;
        return new TurnoutSettings(flag("byDay", d.byDay()), flag("byTerritory", d.byTerritory()),
                flag("byAgeBand", d.byAgeBand()), Integer.parseInt(value("minimumGroup", String.valueOf(d.minimumGroup()))));
    }

    @RolesAllowed("ADMIN")
    public void configure(TurnoutSettings settings) {
        TurnoutSettings before = settings();
        put("byDay", settings.byDay());
        put("byTerritory", settings.byTerritory());
        put("byAgeBand", settings.byAgeBand());
        put("minimumGroup", settings.minimumGroup());
        audit.record(context.getCallerPrincipal().getName(), "turnout.settings", "platform", before.toString(), settings.toString());
    }

    private long count(String query, long campaignId) {
        return em.createQuery(query, Long.class).setParameter("c", campaignId).getSingleResult();
    }

    private List<Turnout.Line> lines(String attribute, long campaignId) {
        return em.createQuery("select " + attribute + ", count(distinct p.voterId) from Participation p where p.campaignId = :c"
                        + " group by " + attribute + " order by " + attribute, Object[].class)
                .setParameter("c", campaignId).getResultList().stream()
                .map(row -> new Turnout.Line(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }

    private boolean flag(String name, boolean fallback) {
        return Boolean.parseBoolean(value(name, String.valueOf(fallback)));
    }

    private String value(String name, String fallback) {
        Setting setting = em.find(Setting.class, PREFIX + name);
        return setting == null ? fallback : setting.value();
    }

    private void put(String name, Object value) {
        Setting setting = em.find(Setting.class, PREFIX + name);
        if (setting == null) {
            em.persist(new Setting(PREFIX + name, String.valueOf(value)));
        } else {
            setting.change(String.valueOf(value));
        }
    }
}
