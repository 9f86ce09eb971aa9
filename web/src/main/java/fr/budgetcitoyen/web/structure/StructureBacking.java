package fr.budgetcitoyen.web.structure;

import fr.budgetcitoyen.structure.StructureRecord;
import fr.budgetcitoyen.structure.StructureService;
import fr.budgetcitoyen.web.platform.DetailPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Optional;

/** A structure's public record, {@code /structure?id=N}: its projects edition by edition and what became of them. */
@Named
@RequestScoped
public class StructureBacking extends DetailPage<StructureRecord> {

    @EJB private StructureService structures;

    public StructureBacking() {
        super("Structure inconnue");
    }

    @Override
    protected Optional<StructureRecord> find(long id) {
        return structures.structure(id);
    }

    public StructureRecord getRecord() {
        return shown();
    }
}
