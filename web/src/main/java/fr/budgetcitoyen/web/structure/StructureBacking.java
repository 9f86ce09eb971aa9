package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/** A structure's public record, {@code /structure?id=N}: its projects edition by edition and what became of them. */
@Named
@RequestScoped
public class StructureBacking {

    @EJB
    private StructureService structures;

    @Inject
    @Param(name = "id")
    private String id;

    private StructureRecord record;

    @PostConstruct
    void load() {
        record = PageIds.findOr404(id, structures::structure, "Structure inconnue");
    }

    public StructureRecord getRecord() {
        return record;
    }
}
