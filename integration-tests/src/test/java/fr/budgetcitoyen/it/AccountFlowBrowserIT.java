package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts in Chromium with a real SMTP server (GreenMail, in this JVM): registration, the e-mailed
 * confirmation, login and logout, password reset through the mail, and the attacks that must fail.
 */
class AccountFlowBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Terrils-et-beffrois-62";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);


    @Test
    void registerConfirmByMailSignInAndOut() {
        browser = Browser.desktop();
        String email = "lea." + System.nanoTime() + "@example.fr";
        register(email, "Léa <script>alert('x')</script>");
        browser.screenshot("10-registered");

        browser.open(linkIn(lastMailTo(email)));
        assertTrue(text().contains("votre compte est actif"), text());
        browser.screenshot("11-confirmed");

        signIn(email, PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account"), browser.driver.getCurrentUrl());
        browser.assertAccessible();
        browser.screenshot("12-account");
        String profile = browser.driver.findElement(By.id("profile")).getText();
        assertTrue(profile.contains("Léa <script>alert('x')</script>"), "the name is shown as text: " + profile);
        assertFalse(browser.driver.getPageSource().contains("<script>alert('x')"), "never as markup");

        browser.submit(By.id("logout:submit"));
        assertTrue(browser.driver.findElements(By.id("nav-login")).size() == 1, "signed out");
        browser.open("/account");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/login"), browser.driver.getCurrentUrl());
    }

    /** The outbox (issues 16 and 18): the relay down, the mail waits, an agent sees it, it leaves once. */
    @Test
    void aMailTheRelayRefusedWaitsForTheAgentsToSeeThenLeavesOnce() {
        MAIL.stop();
        browser = Browser.desktop();
        String email = "relais-" + System.nanoTime() + "@example.org";
        register(email, "Relais en panne");
        assertTrue(text().contains("part vers votre adresse") && !text().contains("vient de vous être envoyé"), text());

        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/mails");
        browser.screenshot("16-admin-mails-waiting");
        By row = By.xpath("//table[@id='mails']//tr[td[text()='" + email + "']]");
        String waiting = browser.driver.findElement(row).getText();
        assertTrue(waiting.contains("confirmez votre adresse") && waiting.toLowerCase().contains("connect"), waiting);

        MAIL.start();
        browser.submit(browser.driver.findElement(row).findElement(By.cssSelector("input[id$=':retry']")));
        assertTrue(browser.driver.findElements(row).isEmpty(), "sent, so no longer waiting: " + text());
        assertTrue(Mailbox.linkIn(lastMailTo(email)).startsWith("/confirm?token="));
        assertEquals(1, Mailbox.allMailsTo(MAIL, email).size(), "sent once");
    }

    @Test
    void aResidentWhoMovesGivesTheNewCommuneOrSaysTheyLeftThePasDeCalais() {
        String email = Voters.register(MAIL, LocalDate.of(1987, 3, 9));
        browser = Browser.desktop();
        signIn(email, Voters.PASSWORD);
        browser.open("/account");
        assertTrue(field("profile").getText().contains("Arras"), text());
        browser.submit(By.id("move:submit"));
        assertTrue(field("move:commune-message").getText().contains("commune"), "nothing chosen: said next to the field");
        field("move:postalCode").sendKeys("62300", Keys.TAB);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> new Select(d.findElement(By.id("move:commune"))).getOptions().size() > 1);
        new Select(field("move:commune")).selectByVisibleText("Lens");
        browser.submit(By.id("move:submit"));
        assertTrue(field("profile").getText().contains("Lens"), text());
        browser.assertAccessible();
        browser.screenshot("15-account-moved");

        field("move:outside").click();
        browser.submit(By.id("move:submit"));
        assertTrue(field("profile").getText().contains("Hors du Pas-de-Calais"), text());
        assertEquals(1, browser.driver.findElements(By.id("outside-explain")).size(), "told plainly why they cannot vote");
    }

    @Test
    void badInputIsExplainedNextToEachField() {
        browser = Browser.desktop();
        browser.open("/register");
        field("register:email").sendKeys("pas-une-adresse");
        field("register:password").sendKeys("court");
        browser.submit(By.id("register:submit"));
        browser.assertAccessible();
        browser.screenshot("13-register-errors");
        assertTrue(message("email").contains("adresse e-mail valide"), message("email"));
        assertTrue(message("password").contains("12 caractères"), message("password"));
        assertTrue(message("commune").contains("code postal"), message("commune"));
        assertTrue(message("displayName").contains("nom"), message("displayName"));
        assertEquals("pas-une-adresse", field("register:email").getAttribute("value"), "what was typed is kept");
    }

    @Test
    void passwordResetThroughTheMailWorksOnceOnly() {
        browser = Browser.desktop();
        String email = "sam." + System.nanoTime() + "@example.fr";
        register(email, "Sam");
        browser.open(linkIn(lastMailTo(email)));

        browser.open("/forgot-password");
        field("forgot:email").sendKeys(email);
        browser.submit(By.id("forgot:submit"));
        assertTrue(text().contains("Si un compte correspond"), text());
        String reset = linkIn(lastMailTo(email));

        browser.open(reset.replace("http://localhost:8080", ""));
        field("reset:password").sendKeys("Nouveau-mot-de-passe-2026");
        browser.submit(By.id("reset:submit"));
        assertTrue(text().contains("mot de passe est enregistré"), text());
        signIn(email, "Nouveau-mot-de-passe-2026");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account"));

        browser.open(reset.replace("http://localhost:8080", ""));
        browser.screenshot("14-reset-replayed");
        assertTrue(text().contains("Ce lien n'est pas valable"), "a reset link works once: " + text());
        assertTrue(browser.driver.findElements(By.id("reset:password")).isEmpty());
        assertTrue(browser.driver.findElement(By.id("ask-again")).getAttribute("href").endsWith("/forgot-password"),
                "the way out: ask for a new link");
    }

    @Test
    void anAgentCannotGrantStaffRolesButAnAdminCanGrantAndItIsAudited() {
        browser = Browser.desktop();
        signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/users");
        browser.screenshot("15-admin-users");
        grantOnFirstRow("resident@demo", "Administrateur");
        assertTrue(text().contains("Seul un administrateur"), text());
        deactivateFirstRow("admin@demo");
        assertTrue(text().contains("désactiver ou réactiver le compte d'un agent"), "an agent cannot deactivate an administrator: " + text());

        browser.close();
        browser = Browser.desktop();
        signIn(PortalSession.demoEmail("ADMIN"), PortalSession.DEMO_PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account"), "admin signed in: " + text());
        browser.open("/admin/users");
        grantOnFirstRow("resident@demo", "Porteur de projet");
        assertTrue(text().contains("Le rôle a été attribué"), text());
        browser.open("/admin/audit");
        browser.screenshot("16-admin-audit");
        new Select(browser.driver.findElement(By.id("audit:action"))).selectByVisibleText("Rôle attribué");
        browser.driver.findElement(By.id("audit:filter")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("#audit\\:table tbody tr")).stream().allMatch(r -> r.getText().contains("Rôle attribué")));
        String log = browser.driver.findElement(By.id("audit:table")).getText();
        assertTrue(log.contains("Rôle attribué (account.grant)") && log.contains("admin@demo.budgetcitoyen.fr")
                && log.contains("CARRIER"), log);
        assertFalse(log.contains("account.register"), "the filter keeps one action: " + log);
    }

    @Test
    void bruteForceIsThrottledWithoutLockingTheOwnerOut() {
        String owner = Voters.register(MAIL, LocalDate.of(1981, 4, 4));
        PortalSession attacker = new PortalSession();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String body = attacker.signIn(owner, "mauvais-" + i).body();
            Matcher wait = Pattern.compile("patientez (\\d+) secondes").matcher(body);
            if (wait.find()) { // a growing delay: the guess was not even tried
                waits.add(Long.parseLong(wait.group(1)));
                sleepSeconds(Long.parseLong(wait.group(1)));
                body = attacker.signIn(owner, "mauvais-" + i).body();
            }
            assertTrue(body.contains("incorrect") && !body.contains("patientez"), "guess " + i + " is tried: " + body);
        }
        // Each guess after the second waited longer: 2, 4, 8 seconds (a second more for the one in progress).
        assertEquals(3, waits.size(), waits.toString());
        assertTrue(waits.get(0) <= 3 && waits.get(1) > waits.get(0) && waits.get(2) > waits.get(1) && waits.get(2) <= 9, waits.toString());
        assertTrue(attacker.signIn(owner, "mauvais-6").body().contains("Trop de tentatives"), "the sixth attempt is throttled");

        // The owner, behind the same address, is throttled too, but gets in with a mailed link.
        browser = Browser.desktop();
        browser.open("/login");
        field("login:email").sendKeys(owner);
        field("login:password").sendKeys(Voters.PASSWORD);
        browser.submit(By.id("login:submit"));
        assertTrue(text().contains("Trop de tentatives"), text());
        browser.assertAccessible();
        browser.submit(By.id("signInLink:send"));
        assertTrue(text().contains("un lien de connexion part"), text());
        String link = linkIn(Mailbox.mailContaining(MAIL, owner, "sign-in-link"));
        assertTrue(link.startsWith("/sign-in-link?token="), link);
        browser.open(link);
        browser.screenshot("17-sign-in-link");
        browser.submit(By.id("signInLink:submit"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account"), browser.driver.getCurrentUrl() + "\n" + text());
        browser.open(link);
        assertEquals(1, browser.driver.findElements(By.id("link-invalid")).size(), "a link signs in once");
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A school or a town hall: thirty people behind one address, each mistyping once, all get in. */
    @Test
    void thirtyPeopleBehindOneAddressAllSignIn() {
        for (int i = 0; i < 30; i++) {
            String email = Voters.register(MAIL, LocalDate.of(1970 + i, 1, 1));
            PortalSession person = new PortalSession();
            assertTrue(person.signIn(email, "faute-de-frappe").body().contains("incorrect"), email);
            assertEquals(302, person.signIn(email, Voters.PASSWORD).status(), "person " + i + " gets in");
        }
    }

    @Test
    void aMinorUnder15IsActiveOnlyOnceAParentConsents() {
        browser = Browser.desktop();
        String email = "ado." + System.nanoTime() + "@example.fr";
        String parent = "parent." + System.nanoTime() + "@example.fr";
        String birth = java.time.LocalDate.now().minusYears(13).toString();
        browser.open("/register");
        field("register:displayName").sendKeys("Ado");
        field("register:email").sendKeys(email);
        browser.driver.executeScript("arguments[0].value = arguments[1]", field("register:birthDate"), birth);
        field("register:parentEmail").sendKeys(parent);
        chooseArras();
        field("register:password").sendKeys(PASSWORD);
        browser.submit(By.id("register:submit"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/registered"), text());

        browser.open(linkIn(lastMailTo(email)));
        assertTrue(text().contains("moins de 15 ans"), text());
        signIn(email, PASSWORD);
        assertTrue(text().contains("incorrect"), "no sign-in before the parent consents");

        browser.open(linkIn(lastMailTo(parent)));
        assertTrue(text().contains("votre accord est enregistré"), text());
        browser.screenshot("17-parental-consent");
        signIn(email, PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account"), text());
    }

    @Test
    void aPersonDownloadsTheirDataThenDeletesTheirAccount() {
        browser = Browser.desktop();
        String email = "rgpd." + System.nanoTime() + "@example.fr";
        register(email, "Dominique");
        browser.open(linkIn(lastMailTo(email)));
        PortalSession session = new PortalSession();
        assertEquals(302, session.signIn(email, PASSWORD).status());
        Http.Response data = session.get("/api/me/data");
        assertEquals(200, data.status());
        assertTrue(data.body().contains("\"email\":\"" + email + "\"") && data.body().contains("account.register"), data.body());
        assertTrue(data.body().contains("\"language\":\"fr\""), "registered in French: " + data.body());

        signIn(email, PASSWORD);
        field("deleteAccount:deletePassword").sendKeys(PASSWORD);
        browser.submit(By.id("deleteAccount:submit"));
        assertTrue(text().contains("Cochez la case"), "deletion asks for confirmation first");
        field("deleteAccount:deletePassword").sendKeys(PASSWORD);
        browser.driver.findElement(By.id("deleteAccount:deleteConfirmed")).click();
        browser.submit(By.id("deleteAccount:submit"));
        assertTrue(text().contains("Compte supprimé"), text());
        browser.screenshot("18-account-deleted");
        assertEquals(200, new PortalSession().signIn(email, PASSWORD).status(), "the deleted account cannot sign in");
    }

    @Test
    void aChangeOfEmailIsConfirmedFromTheNewAddress() {
        browser = Browser.desktop();
        String email = "camille." + System.nanoTime() + "@example.fr";
        String newEmail = "camille.nouvelle." + System.nanoTime() + "@example.fr";
        register(email, "Camille");
        browser.open(linkIn(lastMailTo(email)));
        signIn(email, PASSWORD);

        field("changeEmail:newEmail").sendKeys("pas-une-adresse");
        browser.submit(By.id("changeEmail:submit"));
        assertTrue(text().contains("Saisissez une adresse e-mail valide"), text());
        field("changeEmail:newEmail").clear();
        field("changeEmail:newEmail").sendKeys(newEmail);
        browser.submit(By.id("changeEmail:submit"));
        assertTrue(text().contains("quand vous l'aurez ouvert"), "apostrophes survive: " + text());

        browser.open(linkIn(lastMailTo(newEmail)));
        assertTrue(text().contains("Votre nouvelle adresse est confirmée"), text());
        assertEquals(200, new PortalSession().signIn(email, PASSWORD).status(), "the old address no longer signs in");
        assertEquals(302, new PortalSession().signIn(newEmail, PASSWORD).status(), "the new one does");
    }

    private void register(String email, String name) {
        browser.open("/register");
        field("register:displayName").sendKeys(name);
        field("register:email").sendKeys(email);
        browser.driver.executeScript("arguments[0].value = '1990-05-01'", field("register:birthDate"));
        chooseArras();
        field("register:password").sendKeys(PASSWORD);
        browser.submit(By.id("register:submit"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/registered"), browser.driver.getCurrentUrl() + "\n" + text());
        browser.assertAccessible();
    }

    /** Postal code first: the communes it serves appear in the select (ajax), then Arras is chosen. */
    private void chooseArras() {
        field("register:postalCode").sendKeys("62000", Keys.TAB);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> new Select(d.findElement(By.id("register:commune"))).getOptions().size() > 1);
        browser.choose("register:commune", "Arras");
    }

    private void signIn(String email, String password) {
        browser.signIn(email, password);
    }

    private void grantOnFirstRow(String search, String roleLabel) {
        BackOffice.grantOnFirstRow(browser, search, roleLabel);
    }

    /** Searches, then clicks "Désactiver" on the first row and accepts the confirmation. */
    private void deactivateFirstRow(String search) {
        field("users:search").clear();
        field("users:search").sendKeys(search);
        browser.driver.findElement(By.id("users:doSearch")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String table = d.findElement(By.id("users:table")).getText();
                    return table.contains(search) && !table.contains("resident@demo");
                });
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("[id='users:table'] tbody tr input[value='Désactiver']")).click();
                    return true;
                });
        browser.driver.switchTo().alert().accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("users:messages")).getText().contains("désactiver ou réactiver"));
    }

    private static String lastMailTo(String email) {
        return Mailbox.lastMailTo(MAIL, email);
    }

    private static String linkIn(String body) {
        return Mailbox.linkIn(body);
    }

    private WebElement field(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String message(String field) {
        return browser.driver.findElement(By.id("register:" + field + "-message")).getText();
    }

    /** The text of the page, once the page (possibly still loading after a click) has a body. */
    private String text() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }
}
