package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.Refusal;

/**
 * A change by the carrier to a file that is no longer theirs to change (submitted, under review…): it
 * happens, for instance, when an autosave arrives just after the file was submitted.
 */
public class FileReadOnlyException extends IllegalStateException implements Refusal {

    public FileReadOnlyException(ProjectStatus status) {
        super("A " + status + " file is read-only for its carrier");
    }

    @Override
    public String messageKey() {
        return "file.readOnly";
    }
}
