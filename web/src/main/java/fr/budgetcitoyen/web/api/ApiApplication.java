package fr.budgetcitoyen.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, read-only for now: {@code /api/campaigns}, {@code /api/territories}. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
