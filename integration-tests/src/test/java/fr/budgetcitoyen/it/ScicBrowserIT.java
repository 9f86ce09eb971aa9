package fr.budgetcitoyen.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The réseau des SCIC 62 and the département's shareholdings: the public network; agents record capital
 * movements (typed once, every figure derived, impossible entries refused next to their field, the
 * resulting position confirmed before anything is recorded, a mistake reversed with a reason); a SCIC's
 * member edits its profile and adds assembly minutes, for their own SCIC only.
 */
class ScicBrowserIT extends BrowserTest {

    /** The demo's first SCIC, managed by the demo SCIC member. */
    private static final String SUPER_ECQUES = "1";

    /** "5 200 €" → 5200. */
    private static BigDecimal euros(Browser browser, String id) {
        return new BigDecimal(browser.driver.findElement(By.id(id)).getText().replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    private static long count(Browser browser, String id) {
        return Long.parseLong(browser.driver.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }

    @Test
    void theNetworkIsPublicAndSaysWhereTheDepartmentIsAnAssociate() {
        browser = Browser.desktop();
        browser.open("/scics");
        browser.assertAccessible();
        browser.screenshot("100-scics");
        assertTrue(browser.driver.findElement(By.id("scic-count")).getText().contains("dont 6 au capital desquelles le Département est associé"),
                browser.driver.findElement(By.id("scic-count")).getText());
        assertTrue(browser.mainText().contains("Cliss XXI") && browser.mainText().contains("Les Cousalis"), browser.mainText());
        browser.driver.findElement(By.linkText("Super'Ecques")).click();
        browser.assertAccessible();
        assertTrue(browser.driver.findElement(By.id("department")).getText().contains("associé depuis le 29 mars 2021"),
                browser.driver.findElement(By.id("department")).getText());
        assertEquals(404, Http.portal("/scic?id=999999").status());
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** The kind, date and shares of an entry, then "Vérifier avant d'enregistrer": the review, or the refusal. */
    private static void typeShares(Browser browser, String kind, String date, String shares) {
        new Select(browser.driver.findElement(By.id("movement:kind"))).selectByVisibleText(kind);
        browser.setDate("movement:date", date);
        browser.type("movement:shares", shares);
        browser.submit(By.id("movement:submit"));
    }

    /** The ledger's row of the entry whose reference is this one. */
    private static WebElement ledgerRow(Browser browser, String reference) {
        return browser.driver.findElement(By.xpath("//table[@id='ledger']//tr[td[contains(normalize-space(), '" + reference + "')]]"));
    }

    @Test
    void agentsRecordMovementsAndEveryFigureIsDerived() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/scics");
        browser.assertAccessible();
        browser.screenshot("101-scic-holdings");
        assertTrue(browser.driver.findElement(By.id("totals")).getText().contains("Total"));

        browser.open("/admin/scic?id=" + SUPER_ECQUES);
        long shares = count(browser, "shares");
        BigDecimal subscribed = euros(browser, "subscribed");
        BigDecimal paidUp = euros(browser, "paidUp");
        BigDecimal unpaid = euros(browser, "unpaid");
        String today = LocalDate.now().format(DateTimeFormatter.ISO_LOCAL_DATE);

        // 10 more shares of 20 €: 200 € subscribed, nothing paid yet — shown first, recorded once confirmed.
        typeShares(browser, "Souscription de parts", today, "10");
        assertTrue(text(browser, "review-text").startsWith("Souscription de 10 parts le "), text(browser, "review-text"));
        assertEquals(shares, count(browser, "shares"), "nothing recorded before the confirmation");
        browser.submit(By.id("review:confirm"));
        assertTrue(browser.mainText().contains("Souscription enregistrée."), browser.mainText());
        assertEquals(shares + 10, count(browser, "shares"));
        assertEquals(subscribed.add(BigDecimal.valueOf(200)), euros(browser, "subscribed"));
        assertEquals(unpaid.add(BigDecimal.valueOf(200)), euros(browser, "unpaid"));

        // Paying more than is left to pay up is refused next to the amount; a date in the future next to the date.
        new Select(browser.driver.findElement(By.id("movement:kind"))).selectByVisibleText("Libération (versement)");
        browser.setDate("movement:date", LocalDate.now().plusDays(3).format(DateTimeFormatter.ISO_LOCAL_DATE));
        browser.type("movement:amount", "abc");
        browser.submit(By.id("movement:submit"));
        assertEquals("Indiquez un montant en euros, par exemple 2 500 ou 1 250,50.", browser.fieldMessage("movement:amount"));
        browser.type("movement:amount", "1 000 000");
        browser.submit(By.id("movement:submit"));
        assertEquals("La date ne peut pas être dans le futur : on enregistre ce qui a eu lieu.", browser.fieldMessage("movement:date"));
        browser.setDate("movement:date", today);
        browser.submit(By.id("movement:submit"));
        assertEquals("Ce versement dépasse le capital souscrit qui reste à libérer à cette date.", browser.fieldMessage("movement:amount"));
        browser.assertAccessible();
        browser.screenshot("102-scic-movement-refused");
        browser.type("movement:amount", "200");
        browser.submit(By.id("movement:submit"));
        browser.submit(By.id("review:confirm"));
        assertTrue(browser.mainText().contains("Libération enregistrée."), browser.mainText());
        assertEquals(paidUp.add(BigDecimal.valueOf(200)), euros(browser, "paidUp"));
        assertTrue(browser.driver.findElement(By.id("ledger")).getText().contains(PortalSession.demoEmail("AGENT")));

        // More shares redeemed than held: refused.
        new Select(browser.driver.findElement(By.id("movement:kind"))).selectByVisibleText("Remboursement de parts");
        browser.setDate("movement:date", today);
        browser.type("movement:shares", String.valueOf(shares + 11));
        browser.submit(By.id("movement:submit"));
        assertEquals("Le Département ne détient pas autant de parts à cette date.", browser.fieldMessage("movement:shares"));
        browser.screenshot("103-scic-ledger");

        PortalSession agent = new PortalSession();
        agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        Http.Response csv = agent.get("/api/scics/capital.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().lines().anyMatch(l -> l.startsWith(SUPER_ECQUES + ";\"Super'Ecques\";") && l.contains(";" + (shares + 10) + ";")),
                csv.body());
    }

    /**
     * Issue 18, point 3: the typo of 999,999,999 shares is refused (local authorities hold at most half of
     * a SCIC's capital), an entry is shown with the position it gives before it is recorded, and a mistake
     * recorded anyway is reversed with a reason — the entry kept and marked, the reversal audited.
     */
    @Test
    void aTypoIsRefusedAndARecordedMistakeIsReversedWithAReason() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/scic?id=" + SUPER_ECQUES);
        assertTrue(text(browser, "local-authorities").contains("Limite légale de 50 %"), text(browser, "local-authorities"));
        long shares = count(browser, "shares");
        BigDecimal subscribed = euros(browser, "subscribed");
        BigDecimal paidUp = euros(browser, "paidUp");
        String today = LocalDate.now().format(DateTimeFormatter.ISO_LOCAL_DATE);

        // The typo of the issue: refused next to the field, with the law that refuses it; nothing recorded.
        typeShares(browser, "Souscription de parts", today, "999999999");
        assertEquals("Refusé : avec ces parts, les collectivités territoriales détiendraient ensemble plus de 50 % du capital "
                + "de la SCIC (loi du 10 septembre 1947, art. 19 septies).", browser.fieldMessage("movement:shares"));
        browser.assertAccessible();
        assertEquals(shares, count(browser, "shares"));

        // A redemption is shown with what it repays, the paid-up part of those shares only; then the agent goes back.
        typeShares(browser, "Remboursement de parts", today, "10");
        String review = text(browser, "review");
        assertTrue(review.contains("Remboursement de 10 parts le ") && review.contains("La SCIC rembourse au Département"), review);
        assertTrue(text(browser, "review-figures").contains(String.valueOf(shares - 10)), text(browser, "review-figures"));
        browser.submit(By.id("review:edit"));
        assertEquals("10", browser.driver.findElement(By.id("movement:shares")).getAttribute("value"), "what was typed is kept");
        assertEquals(shares, count(browser, "shares"));

        // A mistake the rules cannot see (12 shares instead of 2): shown with the position it gives, confirmed, recorded.
        String reference = "Bulletin " + System.nanoTime();
        new Select(browser.driver.findElement(By.id("movement:kind"))).selectByVisibleText("Souscription de parts");
        browser.type("movement:shares", "12");
        browser.type("movement:reference", reference);
        browser.submit(By.id("movement:submit"));
        String figures = text(browser, "review-figures");
        assertTrue(figures.contains("Avant") && figures.contains("Après") && figures.contains(String.valueOf(shares + 12)), figures);
        assertTrue(text(browser, "review").contains("les collectivités territoriales détiendront ensemble"), text(browser, "review"));
        browser.assertAccessible();
        browser.screenshot("105-scic-movement-review");
        browser.submit(By.id("review:confirm"));
        assertTrue(browser.mainText().contains("Souscription enregistrée."), browser.mainText());
        assertEquals(shares + 12, count(browser, "shares"));

        // Reversed from the ledger: the position it gives, and a reason is required.
        browser.submit(ledgerRow(browser, reference).findElement(By.cssSelector("input[data-reverse]")));
        String reversal = text(browser, "reversal-text");
        assertTrue(reversal.contains("Souscription de 12 parts le ") && reversal.contains(reference)
                && reversal.contains(PortalSession.demoEmail("AGENT")) && reversal.contains("sera annulée"), reversal);
        assertTrue(text(browser, "reversal-figures").contains(String.valueOf(shares)), text(browser, "reversal-figures"));
        browser.submit(By.id("reversal:confirm"));
        assertEquals("Indiquez le motif de la contre-passation.", browser.fieldMessage("reversal:reason"));
        assertEquals(shares + 12, count(browser, "shares"), "nothing reversed without a reason");
        browser.assertAccessible();
        browser.screenshot("106-scic-reversal");
        String reason = "12 parts saisies au lieu de 2, saisie n° " + System.nanoTime();
        browser.type("reversal:reason", reason);
        browser.submit(By.id("reversal:confirm"));
        assertTrue(browser.mainText().contains("Écriture contre-passée"), browser.mainText());

        // The figures are back; the entry stays, marked, and neither it nor its reversal can be reversed again.
        assertEquals(shares, count(browser, "shares"));
        assertEquals(subscribed, euros(browser, "subscribed"));
        assertEquals(paidUp, euros(browser, "paidUp"));
        WebElement original = ledgerRow(browser, "(" + reference + ")");
        assertTrue(original.getText().contains("Contre-passée le") && original.getText().contains(PortalSession.demoEmail("AGENT"))
                && original.getText().contains("12 parts saisies au lieu de 2"), original.getText());
        browser.driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        assertTrue(original.findElements(By.cssSelector("input[data-reverse]")).isEmpty(), "reversed once only");
        WebElement reversalRow = browser.driver.findElement(By.xpath(
                "//table[@id='ledger']//tr[td[contains(., 'Annule : Souscription de parts') and contains(., '" + reason + "')]]"));
        assertTrue(reversalRow.findElements(By.cssSelector("input[data-reverse]")).isEmpty(), "a reversal is not reversed");
        browser.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        browser.assertAccessible();
        browser.screenshot("107-scic-ledger-reversed");

        // A declared capital smaller than what the local authorities hold is a typo too.
        browser.setDate("assembly:heldOn", today);
        browser.type("assembly:agenda", "Assemblée extraordinaire : augmentation de capital");
        browser.type("assembly:capital", "100");
        browser.submit(By.id("assembly:submit"));
        assertEquals("Ce capital est inférieur à ce que détenaient ce jour-là le Département et les autres collectivités : "
                + "vérifiez le montant.", browser.fieldMessage("assembly:capital"));

        // The reversal is in the audit log, with who and why.
        browser.close();
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("ADMIN"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/audit");
        new Select(browser.driver.findElement(By.id("audit:action"))).selectByVisibleText("Contre-passation d'une écriture de capital de SCIC");
        browser.driver.findElement(By.id("audit:filter")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#audit\\:table tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("scic.capital.reversal"));
        });
        String log = browser.driver.findElement(By.id("audit:table")).getText();
        assertTrue(log.contains(reason) && log.contains(PortalSession.demoEmail("AGENT")) && log.contains("SUBSCRIPTION 12 parts"), log);
        assertFalse(log.contains("scic.capital.subscription"), "the filter keeps the reversals: " + log);
    }

    @Test
    void registeringAScicWithBadInputSaysWhatIsWrongFieldByField() {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        browser.open("/admin/scics");
        browser.type("register:nominal", "cinquante");
        browser.submit(By.id("register:submit"));
        assertEquals("Indiquez un montant en euros, par exemple 50 ou 15,25.", browser.fieldMessage("register:nominal"));
        browser.type("register:nominal", "50");
        browser.submit(By.id("register:submit"));
        assertEquals("Indiquez le nom de la SCIC.", browser.fieldMessage("register:name"));
        assertEquals("Choisissez la commune du siège dans le Pas-de-Calais.", browser.fieldMessage("register:commune"));
        assertEquals("Décrivez l'objet de la coopérative.", browser.fieldMessage("register:purpose"));
        assertEquals("50", browser.driver.findElement(By.id("register:nominal")).getAttribute("value"), "typed values are kept");
        browser.assertAccessible();
    }

    @Test
    void aMemberManagesTheirOwnScicAndNoOther() throws Exception {
        browser = Browser.desktop();
        browser.signIn(PortalSession.demoEmail("SCIC_MEMBER"), PortalSession.DEMO_PASSWORD);
        browser.open("/my-scic");
        assertEquals("Super'Ecques", browser.driver.findElement(By.tagName("h1")).getText(), "their only SCIC, at once");
        String site = "https://super-ecques.example/" + System.nanoTime();
        browser.type("profile:website", "javascript:alert(1)");
        browser.submit(By.id("profile:save"));
        assertEquals("Indiquez une adresse qui commence par https:// (ou http://).", browser.fieldMessage("profile:website"));
        browser.type("profile:website", site);
        browser.submit(By.id("profile:save"));
        assertTrue(browser.mainText().contains("Profil enregistré et publié."), browser.mainText());
        assertTrue(Http.portal("/scic?id=" + SUPER_ECQUES).body().contains(site), "published at once");

        Path dir = Files.createTempDirectory("minutes");
        Path fake = Files.write(dir.resolve("pv.pdf"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Path pdf = Files.write(dir.resolve("PV AG.pdf"), "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver.findElement(By.id("documents:file")).sendKeys(pdf.toString());
        browser.submit(By.id("documents:attach"));
        assertEquals("Choisissez l'assemblée à laquelle le document se rapporte.", browser.fieldMessage("documents:assembly"));
        new Select(browser.driver.findElement(By.id("documents:assembly"))).selectByIndex(1);
        browser.driver.findElement(By.id("documents:file")).sendKeys(fake.toString());
        browser.submit(By.id("documents:attach"));
        assertEquals("Seuls les fichiers PDF sont acceptés (le contenu du fichier a été vérifié).", browser.fieldMessage("documents:file"));
        new Select(browser.driver.findElement(By.id("documents:assembly"))).selectByIndex(1);
        browser.driver.findElement(By.id("documents:file")).sendKeys(pdf.toString());
        browser.submit(By.id("documents:attach"));
        browser.assertAccessible();
        browser.screenshot("104-my-scic");
        String path = browser.driver.findElements(By.linkText("PV AG.pdf")).get(0).getAttribute("href").replace(Http.PORTAL, "");

        PortalSession member = new PortalSession();
        member.signIn(PortalSession.demoEmail("SCIC_MEMBER"), PortalSession.DEMO_PASSWORD);
        Http.Response minutes = member.get(path);
        assertEquals(200, minutes.status());
        assertEquals("application/pdf", minutes.contentType());
        assertEquals(404, member.get("/my-scic?id=2").status(), "another SCIC is not theirs");
        PortalSession agent = new PortalSession();
        agent.signIn(PortalSession.demoEmail("AGENT"), PortalSession.DEMO_PASSWORD);
        assertEquals(200, agent.get(path).status(), "the Mission ESS reads it");
        assertEquals(200, agent.get("/my-scic?id=2").status(), "and manages every SCIC");
        PortalSession ambassador = new PortalSession();
        ambassador.signIn(PortalSession.demoEmail("AMBASSADOR"), PortalSession.DEMO_PASSWORD);
        assertEquals(403, ambassador.get(path).status());
    }
}
