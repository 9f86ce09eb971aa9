package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.platform.ClusterLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * At start-up, after the migrations and the demo data: the labelled projects no structure carries yet join one.
 * The first time that is every project since 2018; then none (the committee's decisions attach them), so it is
 * idempotent, and one node at a time in a cluster.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StructureInventoryBuild {

    private static final Logger LOG = Logger.getLogger(StructureInventoryBuild.class.getName());

    @Inject private ClusterLock locks;
    @Inject private StructureAttachment attachment;

    @PostConstruct
    void build() {
        locks.hold(ClusterLock.STARTUP);
        int attached = attachment.attachAllLabelled();
        if (attached > 0) {
            LOG.info(() -> attached + " labelled projects joined the inventory of structures");
        }
    }
}
