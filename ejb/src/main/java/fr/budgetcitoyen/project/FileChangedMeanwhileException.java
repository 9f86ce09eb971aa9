package fr.budgetcitoyen.project;

import jakarta.ejb.ApplicationException;

/**
 * Another request saved the same project file between this one's read and its write (an autosave
 * racing the save button). An application exception: the transaction rolls back without the
 * container logging a system error, and the caller may save again on the fresh file.
 */
@ApplicationException(rollback = true)
public class FileChangedMeanwhileException extends RuntimeException {

    public FileChangedMeanwhileException() {
        super("The project file was changed meanwhile");
    }
}
