package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.structure.StructureRefusedException;
import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.Optional;

/**
 * An agent's merge and split, from the list of doubts or a structure's page: done, the agent lands on the structure
 * that remains (post-redirect-get); refused, told why where they are.
 */
@Named
@RequestScoped
public class StructureDecisions {

    @EJB private StructureService structures;

    public void merge(long keptId, long absorbedId) {
        decide(() -> {
            structures.merge(keptId, absorbedId);
            return keptId;
        }, "structure.merged");
    }

    /** {@code absorbed} as a select posted it: anything but an id is refused next to the field {@code field}. */
    public void merge(long keptId, String absorbed, String field) {
        Optional<Long> other = PageIds.parse(absorbed);
        if (other.isEmpty()) {
            Messages.addError(field, Texts.get("structure.mergeWith.required"));
            Faces.validationFailed();
            return;
        }
        merge(keptId, other.get());
    }

    public void split(long structureId, long projectId) {
        decide(() -> {
            long apart = structures.split(structureId, projectId);
            Messages.addFlashGlobalInfo(Texts.format("structure.split.apart", String.valueOf(apart)));
            return structureId;
        }, "structure.split.done");
    }

    @FunctionalInterface
    private interface Decision {
        long run();
    }

    private void decide(Decision decision, String doneKey) {
        try {
            long shown = decision.run();
            Messages.addFlashGlobalInfo(Texts.get(doneKey));
            Faces.redirect("admin/structure?id=" + shown);
        } catch (StructureRefusedException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        } catch (EJBException changedMeanwhile) {
            Messages.addGlobalError(Texts.get("structure.changedMeanwhile"));
        }
    }
}
