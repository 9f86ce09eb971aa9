package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.EditionFigures;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.campaign.SupportRule;
import fr.budgetcitoyen.shared.Money;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * The editions the demo data starts with: 2018 and 2021 as the département reported them, and a
 * current edition whose calendar puts "today" in a chosen phase, so every phase can be demonstrated.
 */
public final class DemoEditions {

    /** The 2018 calendar (slides of the Conseil départemental, 19/12/2017), as month-day offsets. */
    private static final Map<PhaseType, MonthDay[]> CALENDAR_2018 = new EnumMap<>(PhaseType.class);

    static {
        put(PhaseType.IDEAS, "03-01", "03-30");
        put(PhaseType.COMPTOIRS, "03-01", "06-22");
        put(PhaseType.PROJECT_FILES, "04-03", "06-22");
        put(PhaseType.LABELLING_COMMITTEE, "05-14", "07-08");
        put(PhaseType.COMMISSION_REVIEW, "07-09", "07-20");
        put(PhaseType.VOTE, "09-05", "09-30");
        put(PhaseType.RESULTS, "10-01", "10-31");
        put(PhaseType.COMMISSION_PERMANENTE, "11-05", "11-30");
        put(PhaseType.FOLLOW_UP, "12-01", "12-31");
    }

    /** How far into the chosen phase "today" falls in the current edition. */
    private static final int DAYS_INTO_PHASE = 10;

    private DemoEditions() {
    }

    private static void put(PhaseType type, String start, String end) {
        CALENDAR_2018.put(type, new MonthDay[]{MonthDay.parse("--" + start), MonthDay.parse("--" + end)});
    }

    public static Campaign edition2018() {
        Campaign campaign = new Campaign(2018, "Budget citoyen 2018", Money.euros(352_151));
        scheduleLike2018(campaign, 2018, 0);
        addCategories2018(campaign);
        campaign.recordFigures(EditionFigures.builder().comptoirs(15, 180).ideasDeposited(122)
                .projectsLabelled(41).voters(4_000).build());
        campaign.publish();
        return campaign;
    }

    public static Campaign edition2021() {
        Campaign campaign = new Campaign(2021, "Budget citoyen 2021", Money.euros(572_151));
        scheduleLike2018(campaign, 2021, 0);
        addCategories2018(campaign);
        campaign.recordFigures(EditionFigures.builder().ideasDeposited(120).projectsDeposited(60)
                .projectsLabelled(59).projectsFunded(49).voters(11_000).build());
        campaign.publish();
        return campaign;
    }

    /**
     * An edition running today, its calendar shaped like 2018's and shifted so that {@code today} is
     * {@value #DAYS_INTO_PHASE} days into {@code phase} (or its last day for a shorter phase).
     */
    public static Campaign currentEdition(LocalDate today, PhaseType phase) {
        MonthDay[] template = CALENDAR_2018.get(phase);
        LocalDate templateStart = template[0].atYear(2018);
        long length = ChronoUnit.DAYS.between(templateStart, template[1].atYear(2018));
        long shift = ChronoUnit.DAYS.between(templateStart, today) - Math.min(DAYS_INTO_PHASE, length);
        LocalDate voteStart = CALENDAR_2018.get(PhaseType.VOTE)[0].atYear(2018).plusDays(shift);
        Campaign campaign = new Campaign(voteStart.getYear(), "Budget citoyen " + voteStart.getYear(),
                Money.euros(500_000));
        scheduleLike2018(campaign, 2018, shift);
        addCategories2018(campaign);
        campaign.publish();
        return campaign;
    }

    /**
     * The next edition, published with a compressed calendar whose ideas, comptoirs, project files and
     * labelling are all open today, so the whole workflow can be demonstrated (and tested) while the
     * current edition votes; its own vote comes three months later.
     */
    public static Campaign nextEdition(LocalDate today, int year) {
        Campaign campaign = new Campaign(year, "Budget citoyen " + year, Money.euros(500_000));
        campaign.schedule(PhaseType.IDEAS, today.minusDays(10), today.plusDays(30));
        campaign.schedule(PhaseType.COMPTOIRS, today.minusDays(10), today.plusDays(45));
        campaign.schedule(PhaseType.PROJECT_FILES, today.minusDays(5), today.plusDays(60));
        campaign.schedule(PhaseType.LABELLING_COMMITTEE, today.minusDays(5), today.plusDays(70));
        campaign.schedule(PhaseType.COMMISSION_REVIEW, today.plusDays(71), today.plusDays(80));
        campaign.schedule(PhaseType.VOTE, today.plusDays(90), today.plusDays(115));
        campaign.schedule(PhaseType.RESULTS, today.plusDays(116), today.plusDays(130));
        campaign.schedule(PhaseType.COMMISSION_PERMANENTE, today.plusDays(131), today.plusDays(150));
        campaign.schedule(PhaseType.FOLLOW_UP, today.plusDays(151), today.plusDays(365));
        addCategories2018(campaign);
        campaign.publish();
        return campaign;
    }

    /** Schedules every phase on the 2018 month-days of {@code year}, moved by {@code shiftDays}. */
    private static void scheduleLike2018(Campaign campaign, int year, long shiftDays) {
        CALENDAR_2018.forEach((type, days) -> campaign.schedule(type,
                days[0].atYear(year).plusDays(shiftDays), days[1].atYear(year).plusDays(shiftDays)));
    }

    /**
     * The three categories of 2018. The slides give "10 % du coût total, plafond 15 000 €" and
     * "20 % du coût total, plafond 20 000 €"; the first two categories share the first rule.
     */
    private static void addCategories2018(Campaign campaign) {
        SupportRule standard = SupportRule.of(10, 15_000);
        campaign.addCategory(DemoCategories.SOCIAL_INNOVATION, "Innovation sociale",
                "Initiatives comportant les marqueurs de l'innovation sociale du Pas-de-Calais", standard);
        campaign.addCategory(DemoCategories.GOOD_PRACTICES, "Bonnes pratiques",
                "La qualité de la démarche de bonnes pratiques de l'ESS", standard);
        campaign.addCategory(DemoCategories.COOPERATION, "Coopération",
                "Coopération entre structures", SupportRule.of(20, 20_000));
    }
}
