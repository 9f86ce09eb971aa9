package fr.budgetcitoyen.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sign-in through a real OpenID Connect provider (Keycloak), in Chromium. Runs with the oidc profile,
 * which unpacks Keycloak and switches the server's OIDC keys on; skipped otherwise.
 */
class OidcLoginBrowserIT extends BrowserTest {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startProvider() throws Exception {
        assumeTrue(KeycloakServer.isAvailable(), "run with -Poidc");
        keycloak = KeycloakServer.start();
    }

    @AfterAll
    static void stopProvider() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aResidentSignsInWithTheProviderAndGetsAnAccount() {
        browser = Browser.desktop();
        browser.open("/login");
        browser.driver.findElement(By.id("oidc-login")).click();
        assertTrue(browser.driver.getCurrentUrl().startsWith(KeycloakServer.ISSUER), browser.driver.getCurrentUrl());
        browser.driver.findElement(By.id("username")).sendKeys("camille.oidc");
        browser.driver.findElement(By.id("password")).sendKeys("Keycloak-Test-2026");
        browser.driver.findElement(By.id("kc-login")).click();

        // Keycloak, then the callback, then the account page: three redirects to wait for, not to race.
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/account$"));
        browser.assertAccessible();
        browser.screenshot("20-oidc-account");
        String profile = browser.driver.findElement(By.id("profile")).getText();
        assertTrue(profile.contains("camille.oidc@example.fr") && profile.contains("Camille Connect"), profile);
    }

    @Test
    void aForgedCallbackIsRefused() {
        browser = Browser.desktop();
        browser.open("/oidc/callback?code=forged&state=forged");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/login?oidc=failed"), browser.driver.getCurrentUrl());
        assertEquals(1, browser.driver.findElements(By.id("oidc-message")).size());
        assertTrue(browser.driver.findElements(By.id("nav-account")).isEmpty(), "not signed in");
    }
}
