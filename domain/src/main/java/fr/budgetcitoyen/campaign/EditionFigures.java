package fr.budgetcitoyen.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * The published figures of an edition that ran before (or outside) the platform, as the département
 * reported them: the 2018 edition had 15 comptoir meetings, 180 participants, 122 ideas, 41 labelled
 * projects and 4,000 voters. Unknown figures stay null rather than zero.
 */
@Embeddable
public class EditionFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "ideas_deposited")
    private Integer ideasDeposited;

    @Column(name = "comptoir_sessions")
    private Integer comptoirSessions;

    @Column(name = "comptoir_participants")
    private Integer comptoirParticipants;

    @Column(name = "projects_deposited")
    private Integer projectsDeposited;

    @Column(name = "projects_labelled")
    private Integer projectsLabelled;

    @Column(name = "projects_funded")
    private Integer projectsFunded;

    @Column(name = "voters")
    private Integer voters;

    protected EditionFigures() {
        // for JPA
    }

    private EditionFigures(Builder b) {
        this.ideasDeposited = b.ideasDeposited;
        this.comptoirSessions = b.comptoirSessions;
        this.comptoirParticipants = b.comptoirParticipants;
        this.projectsDeposited = b.projectsDeposited;
        this.projectsLabelled = b.projectsLabelled;
        this.projectsFunded = b.projectsFunded;
        this.voters = b.voters;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Integer ideasDeposited() { return ideasDeposited; }

    public Integer comptoirSessions() { return comptoirSessions; }

    public Integer comptoirParticipants() { return comptoirParticipants; }

    public Integer projectsDeposited() { return projectsDeposited; }

    public Integer projectsLabelled() { return projectsLabelled; }

    public Integer projectsFunded() { return projectsFunded; }

    public Integer voters() { return voters; }

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
            this.ideasDeposited = requireCount(n);
            return this;
        }

        public Builder comptoirs(int sessions, int participants) {
            this.comptoirSessions = requireCount(sessions);
            this.comptoirParticipants = requireCount(participants);
            return this;
        }

        public Builder projectsDeposited(int n) {
            this.projectsDeposited = requireCount(n);
            return this;
        }

        public Builder projectsLabelled(int n) {
            this.projectsLabelled = requireCount(n);
            return this;
        }

        public Builder projectsFunded(int n) {
            this.projectsFunded = requireCount(n);
            return this;
        }

        public Builder voters(int n) {
            this.voters = requireCount(n);
            return this;
        }

        public EditionFigures build() {
            return new EditionFigures(this);
        }

        private static int requireCount(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + n);
            }
            return n;
        }
    }
}
