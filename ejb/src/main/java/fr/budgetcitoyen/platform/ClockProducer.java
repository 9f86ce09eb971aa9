package fr.budgetcitoyen.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock of the application, in the département's time zone. {@code budgetcitoyen.clock.date}
 * pins "today" to a date (for rehearsals and demonstrations); by default it is the system clock.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId DEPARTEMENT_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    @ConfigProperty(name = "budgetcitoyen.clock.date")
    Optional<LocalDate> fixedDate;

    // Dependent scope: java.time.Clock cannot be proxied, and it is immutable anyway.
    @Produces
    Clock clock() {
        return fixedDate
                .map(date -> Clock.fixed(date.atTime(12, 0).atZone(DEPARTEMENT_ZONE).toInstant(), DEPARTEMENT_ZONE))
                .orElseGet(() -> Clock.system(DEPARTEMENT_ZONE));
    }
}
