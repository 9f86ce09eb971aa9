package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.shared.InvalidFieldsException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One edition's labelling committee: its seats, college by college. */
public record Committee(List<CommitteeSeat> seats) {

    public Committee {
        seats = List.copyOf(seats);
    }

    public boolean isSeated(long accountId) {
        return seatOf(accountId).isPresent();
    }

    public Optional<CommitteeSeat> seatOf(long accountId) {
        return seats.stream().filter(s -> s.accountId() == accountId).findFirst();
    }

    /** Every college, in order, with its members (empty colleges included: the page shows what is missing). */
    public Map<College, List<CommitteeSeat>> byCollege() {
        Map<College, List<CommitteeSeat>> colleges = new EnumMap<>(College.class);
        for (College college : College.values()) {
            colleges.put(college, seats.stream().filter(s -> s.college() == college).toList());
        }
        return colleges;
    }

    /** Refuses a second seat for the same person, or a seat without a college. */
    public void requireFreeSeatFor(long accountId, College college) {
        new InvalidFieldsException.Check()
                .require(college != null, "college", "committee.college.required")
                .require(!isSeated(accountId), "email", "committee.alreadySeated")
                .orThrow();
    }
}
