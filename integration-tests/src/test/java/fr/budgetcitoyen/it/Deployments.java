package fr.budgetcitoyen.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The real EAR built by the ear module: what is tested is what ships. */
final class Deployments {

    static final String NAME = "budget-citoyen.ear";

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("ear.file", "../ear/target/" + NAME));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify from the project root): " + ear);
        }
        return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(ear).as(EnterpriseArchive.class);
    }
}
