package fr.budgetcitoyen.web.scic;

import java.io.Serializable;

/** The département's entry into a SCIC as typed: dates stay text until read, so a mistake is shown back. */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    String deliberation;
    String decidedOn;
    String college;
    String representative;

    public String getDeliberation() { return deliberation; }

    public void setDeliberation(String deliberation) { this.deliberation = deliberation; }

    public String getDecidedOn() { return decidedOn; }

    public void setDecidedOn(String decidedOn) { this.decidedOn = decidedOn; }

    public String getCollege() { return college; }

    public void setCollege(String college) { this.college = college; }

    public String getRepresentative() { return representative; }

    public void setRepresentative(String representative) { this.representative = representative; }
}
