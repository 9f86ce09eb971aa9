package fr.budgetcitoyen.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The published figures of an edition that ran before (or outside) the platform, as the département
 * reported them: the 2018 edition had 15 comptoir meetings, 180 participants, 122 ideas, 41 labelled
 * projects and 4,000 voters. Unknown figures stay null rather than zero.
 */
@Embeddable
public record EditionFigures(
        @Column(name = "ideas_deposited")
        Integer ideasDeposited,

        @Column(name = "comptoir_sessions")
        Integer comptoirSessions,

        @Column(name = "comptoir_participants")
        Integer comptoirParticipants,

        @Column(name = "projects_deposited")
        Integer projectsDeposited,

        @Column(name = "projects_labelled")
        Integer projectsLabelled,

        @Column(name = "projects_funded")
        Integer projectsFunded,

        @Column(name = "voters")
        Integer voters) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EditionFigures {
        for (Integer count : Arrays.asList(ideasDeposited, comptoirSessions, comptoirParticipants, projectsDeposited,
                projectsLabelled, projectsFunded, voters)) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction: most editions report only some of the figures. */
    public static final class Builder {
        private Integer ideasDeposited;
        private Integer comptoirSessions;
        private Integer comptoirParticipants;
        private Integer projectsDeposited;
        private Integer projectsLabelled;
        private Integer projectsFunded;
        private Integer voters;

        public Builder ideasDeposited(int n) {
            this.ideasDeposited = n;
            return this;
        }

        public Builder comptoirs(int sessions, int participants) {
            this.comptoirSessions = sessions;
            this.comptoirParticipants = participants;
            return this;
        }

        public Builder projectsDeposited(int n) {
            this.projectsDeposited = n;
            return this;
        }

        public Builder projectsLabelled(int n) {
            this.projectsLabelled = n;
            return this;
        }

        public Builder projectsFunded(int n) {
            this.projectsFunded = n;
            return this;
        }

        public Builder voters(int n) {
            this.voters = n;
            return this;
        }

        /** A negative count is refused here, by the record's constructor. */
        public EditionFigures build() {
            return new EditionFigures(ideasDeposited, comptoirSessions, comptoirParticipants, projectsDeposited,
                    projectsLabelled, projectsFunded, voters);
        }
    }
}
