package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.store.EcosystemStore;

/**
 * The participant page in a real browser: headless Chromium with a phone's screen, driven by Selenium
 * through chromedriver, against a workshop server on 127.0.0.1. A participant joins, says who they are,
 * adds ties, sends, sees and corrects their answers and switches language; what they sent is read back
 * from the SQLite file. Skipped when {@value #CHROMIUM} or {@value #CHROMEDRIVER} is missing
 * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 *
 * <p>The browser reaches nothing but loopback: background networking, sync and updates are off, and every
 * host name but 127.0.0.1 resolves to nothing. {@code -Dteixit.screenshots=DIR} saves a picture of each
 * step there.
 */
class BrowserFlowTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private Workshop workshop;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private int shot;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM
                + " is missing: browser test skipped (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(Path.of(CHROMEDRIVER)), CHROMEDRIVER
                + " is missing: browser test skipped (apt-get install chromium-driver)");
        workshop = Workshop.start(dir);
        assertTrue(workshop.server.address().getAddress().isLoopbackAddress());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM); // with the binary and the driver named, Selenium Manager never runs
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profile")), "--lang=en-GB");
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0 Mobile Safari/537.36"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (workshop != null) {
            workshop.close();
        }
    }

    @Test
    void aPhoneJoinsAddsTiesSendsSeesAndCorrectsItsAnswers() throws Exception {
        Ecosystem before = workshop.session.current();

        // join by typing the code shown on the screen
        browser.get(workshop.uri("/?lang=en").toString());
        visible("#join");
        picture("join");
        find("#code").sendKeys(Workshop.CODE);
        find("#join-form button[type=submit]").click();
        visible("#answers");
        picture("form-empty");

        // an existing actor is recognised ignoring case and accents: no kind or setting asked
        find("#name").sendKeys("escola ARNAU berénguer");
        visible("#name-known");
        assertTrue(find("#name-known").getText().contains("Escola Arnau Berenguer"), find("#name-known").getText());
        assertFalse(find("#kind").isDisplayed());

        // Enter (a phone's Go key) in a text box does not send half an answer
        find("#name").sendKeys(Keys.ENTER);
        assertTrue(find("#answers").isDisplayed());
        assertEquals(before.actorCount(), workshop.session.current().actorCount());

        // a newcomer: name, kind and setting
        find("#name").clear();
        find("#name").sendKeys("Biblioteca Municipal");
        wait.until(d -> find("#kind").isDisplayed());
        new Select(find("#kind")).selectByValue("institution");
        new Select(find("#setting")).selectByValue("community");

        // tie 1 to an existing actor, found by typing part of its name (any case, no accents) and tapping it
        WebElement first = tie(0);
        first.findElement(By.cssSelector(".to")).sendKeys("FAMIL");
        WebElement suggestions = first.findElement(By.cssSelector(".suggest"));
        wait.until(d -> suggestions.isDisplayed());
        List<String> offered = suggestions.findElements(By.tagName("button")).stream().map(WebElement::getText).toList();
        assertEquals("Families", offered.get(0), "names starting with what is typed come first: " + offered);
        assertTrue(offered.contains("Family association (AFA)"), offered.toString());
        picture("suggestions");
        suggestions.findElement(By.xpath(".//button[normalize-space()='Families']")).click();
        assertEquals("Families", first.findElement(By.cssSelector(".to")).getAttribute("value"));
        wait.until(d -> !suggestions.isDisplayed());
        new Select(first.findElement(By.cssSelector(".tie-kind"))).selectByValue("collaboration");
        dimension(first, "funds").click();
        dimension(first, "collective").click();
        strength(first, 4).click();

        // the five dimensions in plain words, with their official names
        find("details.about summary").click();
        assertTrue(find("details.about").getText().contains("Know-how"), find("details.about").getText());
        assertTrue(first.getText().contains("Deciding together"), first.getText());

        // tie 2 to someone new
        find("#add-tie").click();
        WebElement second = tie(1);
        assertEquals("Tie 2", second.findElement(By.cssSelector(".tie-title")).getText());
        second.findElement(By.cssSelector(".to")).sendKeys("Club d'Escacs Nou");
        new Select(second.findElement(By.cssSelector(".tie-kind"))).selectByValue("support");
        dimension(second, "orientation").click();
        picture("form-filled");

        // a tie to oneself is caught on the phone, next to the tie
        WebElement third = addTie();
        third.findElement(By.cssSelector(".to")).sendKeys("biblioteca municipal");
        find("#send").click();
        wait.until(d -> !third.findElement(By.cssSelector(".tie-error")).getText().isEmpty());
        picture("self-tie");
        third.findElement(By.cssSelector(".remove")).click();

        find("#send").click();
        visible("#done");
        picture("done");
        assertTrue(find("#done-text").getText().contains("on the map"), find("#done-text").getText());
        assertEquals("Biblioteca Municipal", find("#mine-who").getText());
        List<WebElement> mine = browser.findElements(By.cssSelector("#mine-list li"));
        assertEquals(2, mine.size());
        assertTrue(mine.get(0).getText().startsWith("Families"), mine.get(0).getText());
        assertTrue(mine.get(0).getText().contains("Collaboration · strength 4 of 5"), mine.get(0).getText());
        assertTrue(mine.get(0).getText().contains("Know-how, Doing things together"), mine.get(0).getText());
        assertTrue(mine.get(1).getText().startsWith("Club d'Escacs Nou"), mine.get(1).getText());

        // stored in SQLite before the page heard 201
        try (EcosystemStore store = EcosystemStore.open(workshop.store)) {
            Ecosystem map = store.load();
            assertEquals(before.actorCount() + 2, map.actorCount());
            assertEquals(before.tieCount() + 2, map.tieCount());
            Actor library = actorNamed(map, "Biblioteca Municipal");
            assertEquals("institution", library.kind());
            assertEquals("community", library.setting());
            Tie toFamilies = tieBetween(map, library.id(), actorNamed(map, "Families").id());
            assertEquals("collaboration", toFamilies.kind());
            assertEquals(EnumSet.of(CserDimension.FUNDS, CserDimension.COLLECTIVE), toFamilies.dimensions());
            assertEquals(4, toFamilies.strength());
            Tie toClub = tieBetween(map, library.id(), actorNamed(map, "Club d'Escacs Nou").id());
            assertEquals(EnumSet.of(CserDimension.ORIENTATION), toClub.dimensions());
            assertEquals(3, toClub.strength());
        }

        // correct: the form comes back filled in; the participant's own actor keeps kind and setting editable
        find("#correct").click();
        visible("#answers");
        assertEquals("Biblioteca Municipal", find("#name").getAttribute("value"));
        assertTrue(find("#setting").isDisplayed());
        assertEquals("institution", new Select(find("#kind")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(2, browser.findElements(By.cssSelector("#ties .tie")).size());
        WebElement again = tie(0);
        assertEquals("Families", again.findElement(By.cssSelector(".to")).getAttribute("value"));
        assertTrue(again.findElement(By.cssSelector(".strength input[value='4']")).isSelected());
        new Select(find("#setting")).selectByValue("associations");
        strength(again, 2).click();
        tie(1).findElement(By.cssSelector(".remove")).click();
        picture("correcting");
        find("#send").click();
        wait.until(d -> find("#done").isDisplayed() && find("#done-text").getText().contains("corrected"));
        picture("corrected");
        assertEquals(1, browser.findElements(By.cssSelector("#mine-list li")).size());
        assertTrue(find("#mine-list").getText().contains("strength 2 of 5"), find("#mine-list").getText());

        try (EcosystemStore store = EcosystemStore.open(workshop.store)) {
            Ecosystem map = store.load();
            Actor library = actorNamed(map, "Biblioteca Municipal");
            assertEquals("associations", library.setting());
            assertEquals(1, map.tiesOf(library.id()).size());
            assertEquals(2, tieBetween(map, library.id(), actorNamed(map, "Families").id()).strength());
            assertTrue(map.actors().stream().noneMatch(a -> a.label().equals("Club d'Escacs Nou")),
                    "the actor only the first answer named is gone");
            assertEquals(before.tieCount() + 1, map.tieCount());
        }

        // Catalan, then Spanish: the page comes back in that language with the answers still shown
        browser.findElement(By.cssSelector(".langs a[hreflang=ca]")).click();
        wait.until(d -> "ca".equals(find("html").getAttribute("lang")) && find("#done").isDisplayed());
        assertEquals("Gràcies!", find("#done h2").getText());
        assertTrue(find("#mine-list").getText().contains("força 2 de 5"), find("#mine-list").getText());
        picture("done-ca");
        browser.findElement(By.cssSelector(".langs a[hreflang=es]")).click();
        wait.until(d -> "es".equals(find("html").getAttribute("lang")) && find("#done").isDisplayed());
        assertEquals("¡Gracias!", find("#done h2").getText());

        // what is typed survives a change of language
        find("#someone-else").click();
        visible("#answers");
        assertEquals("¿Quién eres?", find("#answers h2").getText());
        find("#name").sendKeys("Anna Puig");
        tie(0).findElement(By.cssSelector(".to")).sendKeys("Swimming club");
        browser.findElement(By.cssSelector(".langs a[hreflang=en]")).click();
        wait.until(d -> "en".equals(find("html").getAttribute("lang")) && find("#answers").isDisplayed());
        assertEquals("Anna Puig", find("#name").getAttribute("value"));
        assertEquals("Swimming club", tie(0).findElement(By.cssSelector(".to")).getAttribute("value"));
        picture("draft-kept");
    }

    @Test
    void aModeratedAnswerWaitsForTheFacilitator() throws Exception {
        workshop.server.setModerated(true);
        int actors = workshop.session.current().actorCount();

        // the QR code's address carries the code: no typing, and the code leaves the address bar
        browser.get(workshop.server.joinUrl() + "&lang=es");
        visible("#answers");
        wait.until(d -> !d.getCurrentUrl().contains("code="));
        find("#name").sendKeys("Núria Roca");
        WebElement first = tie(0);
        first.findElement(By.cssSelector(".to")).sendKeys("swim");
        WebElement suggestions = first.findElement(By.cssSelector(".suggest"));
        wait.until(d -> suggestions.isDisplayed());
        suggestions.findElement(By.tagName("button")).click();
        assertEquals("Swimming club", first.findElement(By.cssSelector(".to")).getAttribute("value"));
        find("#send").click();
        visible("#done");
        assertEquals("Quien dinamiza añadirá pronto tus respuestas al mapa.", find("#done-text").getText());
        picture("pending-es");
        assertEquals(1, workshop.server.pending().size());
        assertEquals(actors, workshop.session.current().actorCount(), "nothing on the map before approval");

        // coming back later: the answer is still shown, as waiting
        browser.navigate().refresh();
        wait.until(d -> find("#done").isDisplayed() && !find("#done-text").getText().isEmpty());
        assertEquals("Tus respuestas esperan la aprobación de quien dinamiza.", find("#done-text").getText());
        assertTrue(find("#mine-list").getText().contains("Swimming club"), find("#mine-list").getText());

        assertEquals(1, workshop.server.approveAll());
        try (EcosystemStore store = EcosystemStore.open(workshop.store)) {
            Ecosystem map = store.load();
            Actor nuria = actorNamed(map, "Núria Roca");
            tieBetween(map, nuria.id(), actorNamed(map, "Swimming club").id());
        }
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void visible(String css) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private WebElement tie(int index) {
        wait.until(d -> d.findElements(By.cssSelector("#ties .tie")).size() > index);
        return browser.findElements(By.cssSelector("#ties .tie")).get(index);
    }

    private WebElement addTie() {
        int n = browser.findElements(By.cssSelector("#ties .tie")).size();
        find("#add-tie").click();
        return tie(n);
    }

    /** The visible box of a dimension's checkbox (the label), as a finger would tap it. */
    private static WebElement dimension(WebElement tie, String id) {
        return tie.findElement(By.xpath(".//input[@name='dimension'][@value='" + id + "']/ancestor::label"));
    }

    private static WebElement strength(WebElement tie, int value) {
        return tie.findElement(By.xpath(".//label[contains(@class,'strength')][input[@value='" + value + "']]"));
    }

    private static Actor actorNamed(Ecosystem map, String label) {
        return map.actors().stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + label));
    }

    private static Tie tieBetween(Ecosystem map, String a, String b) {
        return map.tiesOf(a).stream().filter(t -> t.otherEnd(a).equals(b)).findFirst()
                .orElseThrow(() -> new AssertionError("no tie between " + a + " and " + b));
    }

    /** With -Dteixit.screenshots=DIR: the whole page as a phone would scroll it, one PNG per step. */
    private void picture(String step) throws Exception {
        String target = System.getProperty("teixit.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        Path out = Files.createDirectories(Path.of(target));
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1);
        Map<String, Object> png = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(out.resolve(String.format("%02d-%s.png", ++shot, step)),
                Base64.getDecoder().decode((String) png.get("data")));
        Files.write(out.resolve(String.format("%02d-%s-screen.png", shot, step)),
                browser.getScreenshotAs(OutputType.BYTES));
    }
}
