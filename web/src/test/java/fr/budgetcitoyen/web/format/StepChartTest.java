package fr.budgetcitoyen.web.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StepChartTest {

    @Test
    void aSeriesStaysLevelUntilItsNextPointAndReachesTheTopAtItsMaximum() {
        List<StepChart.Point> paid = List.of(new StepChart.Point(LocalDate.of(2021, 1, 1), BigDecimal.valueOf(500)),
                new StepChart.Point(LocalDate.of(2022, 1, 1), BigDecimal.valueOf(1000)));
        StepChart chart = StepChart.fitting(List.of(paid), LocalDate.of(2023, 1, 1));
        // 2021 has 365 days of the 730 shown: the second step is half-way across.
        assertEquals("M0 200 H0 V100 H320 V0 H640", chart.path(paid));
        assertEquals(List.of(new StepChart.Tick(320, 2022), new StepChart.Tick(640, 2023)), chart.ticks());
    }

    @Test
    void noPointNoPath() {
        StepChart chart = StepChart.fitting(List.of(List.of()), LocalDate.of(2026, 1, 1));
        assertEquals("", chart.path(List.of()));
    }
}
