package fr.budgetcitoyen.web.scic;

import java.io.Serializable;

/** A general assembly as typed by the Mission ESS. */
public class AssemblyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    String heldOn;
    boolean extraordinary;
    String agenda;
    String departmentVotes;
    /** The SCIC's total capital declared at the assembly, and the other local authorities' part: text until read. */
    String capital;
    String otherPublic;

    void clear() {
        heldOn = null;
        extraordinary = false;
        agenda = null;
        departmentVotes = null;
        capital = null;
        otherPublic = null;
    }

    public String getHeldOn() { return heldOn; }

    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }

    public boolean isExtraordinary() { return extraordinary; }

    public void setExtraordinary(boolean extraordinary) { this.extraordinary = extraordinary; }

    public String getAgenda() { return agenda; }

    public void setAgenda(String agenda) { this.agenda = agenda; }

    public String getDepartmentVotes() { return departmentVotes; }

    public void setDepartmentVotes(String departmentVotes) { this.departmentVotes = departmentVotes; }

    public String getCapital() { return capital; }

    public void setCapital(String capital) { this.capital = capital; }

    public String getOtherPublic() { return otherPublic; }

    public void setOtherPublic(String otherPublic) { this.otherPublic = otherPublic; }
}
