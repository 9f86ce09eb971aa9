package fr.budgetcitoyen.survey;

import java.util.List;

/**
 * The four figures the deliberation quotes, each with the number of answers behind it: still active,
 * more volunteers, more employees, objectives reached (fully; "partly" is not counted as reached).
 */
public record Indicators(int answers, Figure stillActive, Figure moreVolunteers, Figure moreEmployees, Figure objectivesReached) {

    public static Indicators of(List<Observation> observations) {
        Figure active = Figure.NONE;
        Figure volunteers = Figure.NONE;
        Figure employees = Figure.NONE;
        Figure objectives = Figure.NONE;
        for (Observation o : observations) {
            active = active.plus(o.stillActive() != null, Boolean.TRUE.equals(o.stillActive()));
            volunteers = volunteers.plus(o.volunteers() != null, o.volunteers() == Trend.MORE);
            employees = employees.plus(o.employees() != null, o.employees() == Trend.MORE);
            objectives = objectives.plus(o.objectives() != null, o.objectives() == Reach.FULLY);
        }
        return new Indicators(observations.size(), active, volunteers, employees, objectives);
    }

    /** The figures in the order the pages show them. */
    public List<Figure> figures() {
        return List.of(stillActive, moreVolunteers, moreEmployees, objectivesReached);
    }

    /** Each figure of this survey against the same figure of a later one. */
    public List<Evolution> evolutionTo(Indicators later) {
        List<Figure> after = later.figures();
        return java.util.stream.IntStream.range(0, after.size())
                .mapToObj(i -> new Evolution(Question.values()[i], figures().get(i), after.get(i))).toList();
    }

    /** One indicator in two surveys. */
    public record Evolution(Question indicator, Figure before, Figure after) {

        public java.util.Optional<Integer> points() {
            return before.pointsTo(after);
        }
    }
}
