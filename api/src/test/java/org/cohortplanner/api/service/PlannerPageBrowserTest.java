package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.problems.csv.PlanCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * Drives the planner's page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a bad
 * upload shows its errors, a good one is stored, solved, shown on the timeline, the map and the cohort table, and
 * its CSV bundle downloads; then a plan is re-planned from the page's form. Skipped where Chromium is not installed.
 * The tests share one database, so the upload test, which starts from an empty one, runs first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cohort-planner.demo=false", "cohort-planner.solver.save-interval=PT0.5S"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlannerPageBrowserTest extends ServiceWithTempData {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws Exception {
        CiRequirements.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void uploadSolveSeeTheTimelineAndDownloadTheCsvBundle() throws Exception {
        Path good = TinyProblems.zip(31, dir);
        Path bad = brokenZip();
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> text("problem-summary").contains("No problem stored yet"));

        // a problem with an error: the table lists it and nothing is stored
        upload(bad);
        wait.until(d -> browser.findElement(By.id("validation-errors")).isDisplayed());
        List<WebElement> errorRows = browser.findElements(By.cssSelector("#validation-errors tbody tr"));
        assertThat(errorRows).hasSize(1);
        assertThat(errorRows.get(0).getText()).contains("teachers.csv").contains("2").contains("online_access");
        assertThat(text("upload-message")).contains("1 error");

        upload(good);
        wait.until(d -> text("upload-message").startsWith("Stored"));
        assertThat(browser.findElement(By.id("validation-errors")).isDisplayed()).isFalse();
        wait.until(d -> text("problem-summary").contains("150 teachers"));

        WebElement limit = browser.findElement(By.id("time-limit"));
        limit.clear();
        limit.sendKeys("3");
        browser.findElement(By.id("solve-button")).click();
        wait.until(d -> text("plan-status").equals("SOLVING") || text("plan-status").equals("DONE"));
        wait.until(d -> text("plan-status").equals("DONE"));
        wait.until(d -> !browser.findElements(By.cssSelector("#trainer-timeline rect.bar")).isEmpty());

        JsonNode problems = json.readTree(rest().get().uri("/api/problems").retrieve().body(String.class));
        String problemId = problems.get(0).get("id").asText();
        JsonNode planList = json.readTree(rest().get().uri("/api/problems/" + problemId + "/plans").retrieve()
                .body(String.class));
        JsonNode plan = json.readTree(rest().get().uri("/api/plans/" + planList.get(0).get("id").asText())
                .retrieve().body(String.class));
        JsonNode kpis = plan.get("kpis");

        assertThat(text("best-score")).isEqualTo(plan.get("bestScore").asText());
        assertThat(text("kpi-placed")).isEqualTo(String.format(Locale.US, "%,d", kpis.get("teachersPlaced").asInt()));
        assertThat(text("kpi-cohorts")).isEqualTo(String.valueOf(kpis.get("cohortsUsed").asInt()));
        assertThat(text("kpi-cost")).startsWith(String.format(Locale.US, "%,d", kpis.get("totalCost").asLong()));

        List<WebElement> bars = browser.findElements(By.cssSelector("#trainer-timeline rect.bar"));
        Set<String> barCohorts = new HashSet<>();
        bars.forEach(bar -> barCohorts.add(bar.getDomAttribute("data-cohort")));
        Set<String> planCohorts = new HashSet<>();
        plan.get("plan").get("cohorts").forEach(c -> planCohorts.add(c.get("id").asText()));
        assertThat(barCohorts).isEqualTo(planCohorts);
        assertThat(bars.get(0).isDisplayed()).isTrue();
        assertThat(bars.get(0).getSize().getWidth()).isPositive();
        int trainersWithCohorts = (int) stream(plan.get("plan").get("cohorts")).map(c -> c.get("trainerId").asText())
                .distinct().count();
        assertThat(browser.findElements(By.cssSelector("#trainer-timeline text")).stream()
                .filter(t -> t.getText().startsWith("TR-")).count()).isEqualTo(trainersWithCohorts);

        tab("map");
        int trained = browser.findElements(By.cssSelector("#map text.count")).stream()
                .mapToInt(t -> Integer.parseInt(t.getText().replace(",", ""))).sum();
        assertThat(trained).isEqualTo(kpis.get("teachersPlaced").asInt());

        tab("cohorts");
        assertThat(browser.findElements(By.cssSelector("#cohort-table tbody tr"))).hasSize(planCohorts.size());

        takeScreenshot();

        browser.findElement(By.id("download-csv")).click();
        Path zip = wait.until(d -> downloaded());
        Map<String, String> files = unzip(zip);
        assertThat(files.keySet()).contains(PlanCsv.PLAN, PlanCsv.COHORTS, PlanCsv.ROSTERS, PlanCsv.UNPLACED,
                PlanCsv.VIOLATIONS);
        assertThat(files.get(PlanCsv.PLAN)).contains("\"score\",\"" + plan.get("bestScore").asText() + "\"");
        assertThat(files.get(PlanCsv.COHORTS).lines().count() - 1).isEqualTo(planCohorts.size());
    }

    @Test
    @Order(2)
    void replanFromTheFormShowsTheChangesAndLinksTheNewVersion() throws Exception {
        String problemId = json.readTree(rest().post().uri("/api/problems")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(TinyProblems.json(33))
                .retrieve().body(String.class)).get("id").asText();
        String planId = json.readTree(rest().post().uri("/api/problems/" + problemId + "/solve?timeLimit=PT3S")
                .retrieve().body(String.class)).get("id").asText();
        JsonNode plan = json.readTree(rest().get().uri("/api/plans/" + planId).retrieve().body(String.class));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!plan.get("status").asText().equals("DONE")) {
            assertThat(System.nanoTime()).as("plan still %s", plan.get("status")).isLessThan(deadline);
            Thread.sleep(100);
            plan = json.readTree(rest().get().uri("/api/plans/" + planId).retrieve().body(String.class));
        }
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> browser.findElements(By.cssSelector("#problem-select option[value='" + problemId + "']"))
                .size() == 1);
        new Select(browser.findElement(By.id("problem-select"))).selectByValue(problemId);
        wait.until(d -> planId.equals(browser.findElement(By.id("plan-select")).getDomProperty("value")));
        wait.until(d -> text("version-chain").startsWith("Version 1")
                && browser.findElement(By.id("replan-button")).isEnabled());
        List<JsonNode> cohorts = stream(plan.get("plan").get("cohorts"))
                .sorted(java.util.Comparator.comparing((JsonNode c) -> c.get("days").get(0).asText())).toList();
        JsonNode cohort = cohorts.get(cohorts.size() / 2);
        String trainer = cohort.get("trainerId").asText();
        JsonNode days = cohort.get("days");
        String now = java.time.LocalDate.parse(cohorts.get(0).get("days").get(0).asText()).minusWeeks(4).toString();
        setValue(By.id("replan-now"), now);
        WebElement seconds = browser.findElement(By.id("replan-seconds"));
        seconds.clear();
        seconds.sendKeys("5");

        // an unknown trainer: the errors table names the field and the reason, nothing is stored
        addLeave("NOBODY", days.get(0).asText(), days.get(days.size() - 1).asText());
        assertThat(browser.findElements(By.cssSelector("#disruption-list li"))).hasSize(1);
        browser.findElement(By.id("replan-button")).click();
        wait.until(d -> browser.findElement(By.id("disruption-errors")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#disruption-errors tbody tr")).getText())
                .contains("trainerId").contains("NOBODY");
        browser.findElement(By.cssSelector("#disruption-list li button")).click();
        assertThat(browser.findElements(By.cssSelector("#disruption-list li"))).isEmpty();

        addLeave(trainer, days.get(0).asText(), days.get(days.size() - 1).asText());
        browser.findElement(By.id("replan-button")).click();
        wait.until(d -> text("replan-message").startsWith("Re-planned"));
        assertThat(browser.findElement(By.id("disruption-errors")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#change-list li"))).isNotEmpty();
        assertThat(text("notify-list")).contains(trainer);

        browser.findElement(By.cssSelector("#new-version a")).click();
        wait.until(d -> text("version-chain").startsWith("Version 2"));
        assertThat(browser.findElement(By.cssSelector("#version-chain a")).getText()).startsWith("version 1");
        wait.until(d -> !browser.findElements(By.cssSelector("#change-list li")).isEmpty());
        assertThat(text("notify-list")).contains(trainer);
        JsonNode first = json.readTree(rest().get().uri("/api/plans/" + planId).retrieve().body(String.class));
        assertThat(first.get("plan")).as("the first version is unchanged").isEqualTo(plan.get("plan"));
        Path target = Path.of("target", "browser-test", "replan.png");
        Files.createDirectories(target.getParent());
        Files.write(target, browser.findElement(By.id("replan-panel")).getScreenshotAs(OutputType.BYTES));
    }

    private void addLeave(String trainer, String from, String to) {
        new Select(browser.findElement(By.id("disruption-type"))).selectByValue("TRAINER_UNAVAILABLE");
        browser.findElement(By.cssSelector("#disruption-fields input[name='trainerId']")).sendKeys(trainer);
        setValue(By.cssSelector("#disruption-fields input[name='from']"), from);
        setValue(By.cssSelector("#disruption-fields input[name='to']"), to);
        browser.findElement(By.id("add-disruption")).click();
    }

    /** Date inputs take typed keys in the browser's locale; setting the value is the same everywhere. */
    private void setValue(By input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(input), value);
    }

    private void upload(Path file) {
        browser.findElement(By.id("upload-input")).sendKeys(file.toString());
        browser.findElement(By.id("upload-button")).click();
    }

    private void tab(String view) {
        browser.findElement(By.cssSelector(".tabs button[data-view='" + view + "']")).click();
        wait.until(d -> browser.findElement(By.id("view-" + view)).isDisplayed());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private RestClient rest() {
        return RestClient.create("http://localhost:" + port);
    }

    private Path downloaded() {
        try (var listing = Files.list(downloads)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void takeScreenshot() throws Exception {
        tab("trainers");
        Path target = Path.of("target", "browser-test", "page.png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The tiny problem with one teacher's online access unreadable. */
    private Path brokenZip() throws Exception {
        Path bundle = TinyProblems.csvFolder(32, dir);
        Path teachers = bundle.resolve("teachers.csv");
        List<String> lines = Files.readAllLines(teachers);
        String[] second = lines.get(1).split(",", -1);
        second[5] = "SOMETIMES";
        lines.set(1, String.join(",", second));
        Files.write(teachers, lines);
        Path zip = dir.resolve("broken.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); var files = Files.list(bundle)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Map<String, String> unzip(Path zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
