package fr.budgetcitoyen.cdess;

import java.util.List;
import java.util.Optional;

/** The CDESS: its members, its ateliers, its meetings. */
public interface CdessRepository {

    List<CdessMember> members();

    void store(CdessMember member);

    List<CdessAtelier> ateliers();

    void store(CdessAtelier atelier);

    /** Newest first. */
    List<CdessMeeting> meetings();

    Optional<CdessMeeting> meeting(long id);

    void store(CdessMeeting meeting);
}
