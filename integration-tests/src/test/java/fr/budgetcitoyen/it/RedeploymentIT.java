package fr.budgetcitoyen.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting the application again keeps the data and never loads the demo data twice. */
@ExtendWith(ArquillianExtension.class)
class RedeploymentIT {

    private static final String APP = "app";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSecondStartKeepsTheDataAndDoesNotDuplicateTheDemo() {
        deployer.deploy(APP);
        try {
            List<String> before = editions();
            int ballotBefore = projectsOnBallots();
            deployer.undeploy(APP);
            deployer.deploy(APP);
            assertEquals(before, editions());
            assertEquals(ballotBefore, projectsOnBallots());
            assertTrue(before.size() >= 3, before.toString());
            assertEquals(before.size(), before.stream().distinct().count(), "no edition twice: " + before);
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static List<String> editions() {
        return Http.portal("/api/campaigns").json(JsonArray.class).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("year") + " " + c.getString("title")).toList();
    }

    private static int projectsOnBallots() {
        return Http.portal("/api/campaigns").json(JsonArray.class).getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> Http.portal(c.getString("href")).json(JsonObject.class).getInt("projectsOnBallot")).sum();
    }
}
