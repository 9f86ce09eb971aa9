package fr.budgetcitoyen.vote;

import java.time.LocalDate;
import java.time.Period;

/** The age bands turnout is reported in; a participation keeps only the band, not the birth date. */
public enum AgeBand {
    FROM_11_TO_17(11, 17),
    FROM_18_TO_29(18, 29),
    FROM_30_TO_44(30, 44),
    FROM_45_TO_59(45, 59),
    FROM_60_TO_74(60, 74),
    FROM_75(75, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBand of(LocalDate birthDate, LocalDate day) {
        int age = Period.between(birthDate, day).getYears();
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return FROM_11_TO_17; // 10 on the day of voting, 11 by the closing day: eligible, youngest band
    }
}
