package fr.budgetcitoyen.it;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What tests do in the back office through the real pages. */
final class BackOffice {

    private BackOffice() {
    }

    /** On the accounts page already open: searches, then grants the role (by its label) to the first row. */
    static void grantOnFirstRow(Browser browser, String search, String roleLabel) {
        browser.driver.findElement(By.id("users:search")).sendKeys(search);
        browser.driver.findElement(By.id("users:doSearch")).click();
        wait(browser).until(d -> {
            String table = d.findElement(By.id("users:table")).getText();
            return table.contains(search) && !table.contains("agent@demo");
        });
        new Select(browser.driver.findElement(By.id("users:role"))).selectByVisibleText(roleLabel);
        wait(browser).until(d -> {
            d.findElement(By.cssSelector("[id='users:table'] tbody tr input[value='Attribuer le rôle']")).click();
            return true;
        });
        wait(browser).until(d -> !d.findElement(By.id("users:messages")).getText().isBlank());
    }

    private static WebDriverWait wait(Browser browser) {
        return (WebDriverWait) new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }
}
