package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * FranceConnect v2 sign-in, in Chromium, against a real provider configured like it (Keycloak: ES256 ID tokens,
 * signed userinfo, {@code acr} eidas1 asked and checked, a certified birth date, logout at the provider). Runs
 * with the oidc profile, which unpacks Keycloak and switches the server's OIDC keys on; {@code .ci/run} always
 * runs it.
 */
class OidcLoginBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String COOPERATION = "section[data-category='COOPERATION']";
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

    /** At the provider's form: asked again whenever it wants the eIDAS level proven anew. */
    private void typeCredentials(String username) {
        if (!browser.driver.findElements(By.id("username")).isEmpty()) { // not when only the password is asked again
            browser.driver.findElement(By.id("username")).sendKeys(username);
        }
        browser.driver.findElement(By.id("password")).sendKeys("Keycloak-Test-2026");
        browser.driver.findElement(By.id("kc-login")).click();
    }

    private void signInAtProvider(String username) {
        browser.open("/login");
        assertEquals("FranceConnect", browser.driver.findElement(By.cssSelector("#oidc-login .fr-connect__brand")).getText());
        browser.screenshot("20-login-franceconnect");
        browser.driver.findElement(By.id("oidc-login")).click();
        assertTrue(browser.driver.getCurrentUrl().startsWith(KeycloakServer.ISSUER), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.getCurrentUrl().contains("acr_values=eidas1"), browser.driver.getCurrentUrl());
        typeCredentials(username);
    }

    private void waitForUrl(String regex) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(regex));
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private void chooseArras(String form) {
        browser.driver.findElement(By.id(form + ":postalCode")).sendKeys("62000");
        browser.driver.findElement(By.id(form + ":findCommunes")).click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> new Select(d.findElement(By.id(form + ":commune"))).getOptions().size() > 1);
        browser.choose(form + ":commune", "Arras");
    }

    @Test
    void aResidentSignsInWithFranceConnectCompletesTheCommuneVotesAndLogsOutAtTheProvider() {
        browser = Browser.desktop();
        signInAtProvider("camille.oidc");

        // First visit: the certified birth date is shown, the commune is asked.
        waitForUrl(".*/complete-profile$");
        browser.assertAccessible();
        browser.screenshot("21-oidc-complete-profile");
        assertTrue(browser.driver.findElement(By.id("certified")).getText().contains("12 avril 1990"), main());
        assertEquals(1, browser.driver.findElements(By.id("birthDate-certified")).size(), "the birth date is certified");
        browser.submit(By.id("completeProfile:submit"));
        assertTrue(browser.driver.findElement(By.id("completeProfile:commune-message")).getText().contains("commune"),
                "no commune chosen: said next to the field");
        chooseArras("completeProfile");
        browser.submit(By.id("completeProfile:submit"));

        waitForUrl(".*/account$");
        browser.assertAccessible();
        browser.screenshot("22-oidc-account");
        String profile = browser.driver.findElement(By.id("profile")).getText();
        assertTrue(profile.contains("camille.oidc@example.fr") && profile.contains("Camille Connect")
                && profile.contains("certifiée par FranceConnect") && profile.contains("Arras"), profile);

        // Eligible at once: a vote in the cooperation category, encrypted by the page.
        browser.open("/vote");
        assertTrue(browser.driver.findElements(By.id("refusals")).isEmpty(), main());
        browser.driver.findElement(By.cssSelector(COOPERATION + " input[type=radio]")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.cssSelector(COOPERATION + " [id$=':review']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("urn-tracker-line")).isDisplayed());
        browser.driver.findElement(By.id("confirm:cast")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
        assertTrue(browser.driver.findElement(By.id("receipt")).getText().matches(Voters.TRACKER), main());

        // Moving out of the département: the account stays, the vote page says why it is closed to them.
        browser.open("/account");
        browser.driver.findElement(By.id("move:outside")).click();
        browser.submit(By.id("move:submit"));
        waitForUrl(".*/account$");
        assertTrue(browser.driver.findElement(By.id("profile")).getText().contains("Hors du Pas-de-Calais"), main());
        browser.open("/vote");
        assertTrue(browser.driver.findElement(By.id("refusals")).getText().contains("hors du Pas-de-Calais"), main());
        assertEquals(1, browser.driver.findElements(By.id("way-out-LIVES_OUTSIDE")).size());
        browser.screenshot("23-oidc-moved-out");

        // Logout here ends the provider's session too: the next sign-in asks for the password again.
        browser.submit(By.id("logout:submit"));
        assertTrue(browser.driver.getCurrentUrl().matches("http://localhost:8080/(\\?.*)?$"),
                browser.driver.getCurrentUrl() + "\n" + browser.driver.findElement(By.tagName("body")).getText());
        browser.driver.get(Http.PORTAL + "/oidc/login");
        assertTrue(browser.driver.getCurrentUrl().startsWith(KeycloakServer.ISSUER)
                && !browser.driver.findElements(By.id("username")).isEmpty(), "the provider asks again: " + browser.driver.getCurrentUrl());
    }

    @Test
    void aThirteenYearOldWaitsForAParentsConsent() {
        browser = Browser.desktop();
        signInAtProvider("lou.oidc");
        waitForUrl(".*/complete-profile$");
        assertEquals(1, browser.driver.findElements(By.id("minor-explain")).size(), main());
        chooseArras("completeProfile");
        browser.submit(By.id("completeProfile:submit"));
        assertTrue(browser.driver.findElement(By.id("completeProfile:parentEmail-message")).getText().length() > 0,
                "a parent is required: said next to the field");
        browser.driver.findElement(By.id("completeProfile:parentEmail")).sendKeys("parent.de.lou@example.fr");
        browser.submit(By.id("completeProfile:submit"));

        waitForUrl(".*/consent-asked$");
        browser.assertAccessible();
        browser.screenshot("24-oidc-consent-asked");
        String mail = Mailbox.lastMailTo(MAIL, "parent.de.lou@example.fr");
        assertTrue(Mailbox.linkIn(mail).startsWith("/consent?token="), mail);

        // Until the parent consents, FranceConnect's sign-in does not open the account.
        browser.driver.get(Http.PORTAL + "/oidc/login");
        if (!browser.driver.findElements(By.id("password")).isEmpty()) {
            typeCredentials("lou.oidc");
        }
        waitForUrl(".*/login\\?oidc=refused$");
        assertTrue(browser.driver.findElement(By.id("oidc-message")).getText().contains("accord d’un parent"), main());
    }

    @Test
    void anAccountWithAPasswordIsLinkedOnlyOnceItsOwnerSignsInToIt() {
        String email = Voters.register(MAIL, LocalDate.of(1975, 1, 1), "dominique.lien@example.fr");
        browser = Browser.desktop();
        signInAtProvider("dominique.lien");
        // The provider's address has an account: not signed in on the address alone.
        waitForUrl(".*/login\\?oidc=link$");
        assertTrue(browser.driver.findElement(By.id("oidc-message")).getText().contains("mot de passe"), main());
        assertTrue(browser.driver.findElements(By.id("nav-account")).isEmpty(), "not signed in yet");
        browser.driver.findElement(By.id("login:email")).sendKeys(email);
        browser.driver.findElement(By.id("login:password")).sendKeys(Voters.PASSWORD);
        browser.submit(By.id("login:submit"));
        waitForUrl(".*/link-provider$");
        browser.assertAccessible();
        browser.screenshot("25-oidc-link");
        browser.submit(By.id("link:submit"));
        waitForUrl(".*/account$");
        assertTrue(browser.driver.findElement(By.id("profile")).getText().contains("30 novembre 1975")
                && browser.driver.findElement(By.id("profile")).getText().contains("certifiée"), main());

        // Linked by the provider's subject: the next FranceConnect sign-in opens this account directly.
        browser.submit(By.id("logout:submit"));
        browser.driver.get(Http.PORTAL + "/oidc/login");
        if (!browser.driver.findElements(By.id("password")).isEmpty()) {
            typeCredentials("dominique.lien");
        }
        waitForUrl(".*/account$");
        assertTrue(browser.driver.findElement(By.id("profile")).getText().contains(email), main());
    }

    @Test
    void aForgedCallbackAndAProviderErrorAreRefusedInWords() {
        browser = Browser.desktop();
        browser.open("/oidc/callback?code=forged&state=forged");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/login?oidc=failed"), browser.driver.getCurrentUrl());
        assertEquals(1, browser.driver.findElements(By.id("oidc-message")).size());
        assertTrue(browser.driver.findElements(By.id("nav-account")).isEmpty(), "not signed in");

        // The resident cancels at the provider: it comes back with error=access_denied and our state.
        browser.driver.get(Http.PORTAL + "/oidc/login");
        String state = browser.driver.getCurrentUrl().replaceAll(".*[?&]state=([^&]+).*", "$1");
        browser.driver.get(Http.PORTAL + "/oidc/callback?error=access_denied&state=" + state);
        waitForUrl(".*/login\\?oidc=cancelled$");
        assertTrue(browser.driver.findElement(By.id("oidc-message")).getText().contains("annulé"), main());
        browser.assertAccessible();
    }
}
