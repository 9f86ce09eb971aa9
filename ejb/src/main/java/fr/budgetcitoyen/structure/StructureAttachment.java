package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Keeps the inventory up to date, in the caller's transaction: a labelled project joins the structure that claims
 * its SIREN/RNA, or founds its own (an agent merges it later if it was the same structure under another name or
 * number). A project already carried is left where an agent may have put it.
 */
@ApplicationScoped
public class StructureAttachment {

    @Inject private StructureRepository structures;

    public void attach(Project project) {
        if (structures.carries(project.id())) {
            return;
        }
        CarriedProject carried = CarriedProject.of(project);
        structures.claiming(carried.registrationNumber()).ifPresentOrElse(s -> s.attach(carried),
                () -> structures.store(Structure.founding(carried)));
    }

    /** Every labelled project no structure carries yet (all of them, the first time); the number attached. */
    public int attachAllLabelled() {
        List<Project> waiting = structures.labelledWithoutStructure();
        waiting.forEach(this::attach);
        return waiting.size();
    }
}
