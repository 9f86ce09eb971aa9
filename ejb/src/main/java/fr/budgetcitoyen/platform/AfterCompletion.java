package fr.budgetcitoyen.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work to do once the current transaction has ended one way or the other (a file to delete once its row is
 * gone, a mail to send once its decision is committed). Without a transaction there is nothing to wait for:
 * work for a commit runs at once, work for a rollback never.
 */
@ApplicationScoped
public class AfterCompletion {

    @Resource private TransactionSynchronizationRegistry transactions;

    public boolean inTransaction() {
        return transactions != null && transactions.getTransactionKey() != null;
    }

    public void afterCommit(Runnable action) {
        on(Status.STATUS_COMMITTED, action);
    }

    /** Once per transaction for a given key, however many times it is asked for; at once without a transaction. */
    public void afterCommitOnce(Object key, Runnable action) {
        if (inTransaction()) {
            if (transactions.getResource(key) != null) {
                return;
            }
            transactions.putResource(key, Boolean.TRUE);
        }
        afterCommit(action);
    }

    public void afterRollback(Runnable action) {
        on(Status.STATUS_ROLLEDBACK, action);
    }

    private void on(int outcome, Runnable action) {
        if (!inTransaction()) {
            if (outcome == Status.STATUS_COMMITTED) {
                action.run();
            }
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == outcome) {
                    action.run();
                }
            }
        });
    }
}
