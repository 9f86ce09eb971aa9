package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The projects on the ballot as the vote reads them, kept a few seconds: during the vote every ballot
 * names one of a few dozen projects, and reading each with its category, campaign and calendar was a fifth
 * of the server's time under load. An entry is read-only (only ids and dates are used to cast a vote) and
 * is read again after {@link #TTL_SECONDS}: an agent's change to the ballot or to the calendar reaches the
 * vote within that time. Projects not on the ballot are never kept, so a refusal is always current.
 */
@ApplicationScoped
public class OpenBallot {

    static final long TTL_SECONDS = 5;

    private record Entry(Project project, long loadedAt) {
    }

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private ProjectRepository projects;

    public Optional<Project> project(long projectId) {
        long now = System.nanoTime();
        Entry cached = entries.get(projectId);
        if (cached != null && now - cached.loadedAt() < TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
            return Optional.of(cached.project());
        }
        Optional<Project> loaded = projects.findOnBallot(projectId);
        loaded.ifPresentOrElse(project -> {
            // Everything the vote reads is loaded now, while the entity is managed: later it is detached.
            project.campaign().phase(PhaseType.VOTE);
            project.campaign().category(""); // the categories, named when a ballot picks the wrong one
            project.category().campaign().phase(PhaseType.VOTE);
            entries.put(projectId, new Entry(project, now));
        }, () -> entries.remove(projectId));
        return loaded;
    }
}
