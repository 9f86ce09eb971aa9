package fr.budgetcitoyen.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}; each resource sits in its feature's package, found by the scan of the WAR. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
