package dev.zkconfig.sample;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the page in a real headless Chrome or Chromium. By default the Debian packages
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs when
 * missing; the system properties {@code chrome.bin} and {@code chromedriver.bin}, or the
 * environment variables {@code CHROME_BIN} and {@code CHROMEDRIVER_BIN}, name another
 * browser and its matching driver (the GitHub workflow sets them to the Chrome it
 * installs).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "zkconfig.embedded.port=0")
class SampleBrowserTests {

	private static final File CHROMEDRIVER = new File(
			setting("chromedriver.bin", "CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	private static final String CHROME = setting("chrome.bin", "CHROME_BIN", "/usr/bin/chromium");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	private Path userDataDir;

	private ChromeDriverService service;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		assertThat(CHROMEDRIVER.canExecute())
			.as("%s: apt-get install chromium chromium-driver, or set CHROMEDRIVER_BIN", CHROMEDRIVER)
			.isTrue();
		assertThat(new File(CHROME).canExecute()).as("%s: set CHROME_BIN to the browser", CHROME).isTrue();
		this.userDataDir = Files.createTempDirectory("sample-browser-");
		// the driver and the browser are given, so that Selenium Manager never downloads
		// one
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROME);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + this.userDataDir);
		this.browser = new ChromeDriver(this.service, options);
	}

	private static String setting(String property, String environmentVariable, String defaultValue) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(environmentVariable);
		}
		return (value != null && !value.isBlank()) ? value : defaultValue;
	}

	@AfterEach
	void stopBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.service != null) {
			this.service.stop();
		}
		FileSystemUtils.deleteRecursively(this.userDataDir);
	}

	@Test
	void aValueSetWithTheFormShowsOnThePageWithoutAReload() {
		WebDriverWait wait = new WebDriverWait(this.browser, TIMEOUT);
		this.browser.get("http://localhost:" + this.port + "/");
		wait.until(ExpectedConditions.textToBe(By.id("stream-status"), "live"));
		By message = By.id("value-greeting.message");
		wait.until(ExpectedConditions.presenceOfElementLocated(message));
		// a reload would drop this marker
		((JavascriptExecutor) this.browser).executeScript("window.notReloaded = true");
		setWithTheForm("greeting.message", "Set in the browser");
		wait.until(ExpectedConditions.textToBe(message, "Set in the browser"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "Set in the browser"));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.notReloaded")).isEqualTo(true);
	}

	@Test
	void aRejectedValueShowsOnThePageWithoutTheValue() {
		WebDriverWait wait = new WebDriverWait(this.browser, TIMEOUT);
		this.browser.get("http://localhost:" + this.port + "/");
		wait.until(ExpectedConditions.textToBe(By.id("stream-status"), "live"));
		By repeat = By.id("value-greeting.repeat");
		String lastGood = wait.until(ExpectedConditions.presenceOfElementLocated(repeat)).getText();
		setWithTheForm("greeting.repeat", "abc");
		By standing = By.cssSelector("#rejections tr.standing[data-key='greeting.repeat']");
		WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(standing));
		assertThat(row.findElement(By.className("state")).getText()).isEqualTo("still standing");
		assertThat(row.findElement(By.className("key")).getText()).isEqualTo("greeting.repeat");
		assertThat(row.findElement(By.className("origin")).getText()).isEqualTo("/config/sample/greeting/repeat");
		WebElement reason = row.findElement(By.className("reason"));
		assertThat(reason.getText()).contains("cannot be converted to int");
		assertThat(reason.findElement(By.className("target")).getText()).startsWith("for field 'repeat'");
		assertThat(row.findElement(By.className("time")).getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("rejections")).getText()).doesNotContain("abc");
		assertThat(this.browser.findElement(By.id("standing-alert")).isDisplayed()).isTrue();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("form-result"), "Rejected greeting.repeat"));
		assertThat(this.browser.findElement(repeat).getText()).isEqualTo(lastGood);
		// a value other than the last good one, so that it is a change the page hears of
		String good = lastGood.equals("2") ? "3" : "2";
		setWithTheForm("greeting.repeat", good);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-result"), "Set greeting.repeat"));
		wait.until(ExpectedConditions.textToBe(repeat, good));
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#rejections tr.resolved[data-key='greeting.repeat']")));
		assertThat(this.browser.findElements(standing)).isEmpty();
	}

	@Test
	void thePageShowsTheKeysOfTheYamlDocumentAndTheSnapshotVersions() {
		WebDriverWait wait = new WebDriverWait(this.browser, TIMEOUT);
		this.browser.get("http://localhost:" + this.port + "/");
		wait.until(ExpectedConditions.textToBe(By.id("stream-status"), "live"));
		WebElement subtitle = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//tbody[@id='keys']/tr[td[1] = 'demo.subtitle']")));
		assertThat(subtitle.getAttribute("class")).contains("from-document");
		assertThat(subtitle.findElement(By.className("origin")).getText())
			.isEqualTo("/config/sample/application.yml document");
		assertThat(this.browser.findElement(By.id("subtitle")).getText()).contains("ZooKeeper");
		WebElement snapshot = this.browser.findElement(By.cssSelector("#snapshots tr[data-context='/config/sample']"));
		assertThat(snapshot.findElement(By.className("version")).getText()).matches("0x[0-9a-f]+");
		assertThat(snapshot.findElement(By.className("time")).getText()).isNotBlank();
	}

	@Test
	void anInvalidKeyShowsWhatIsWrong() {
		WebDriverWait wait = new WebDriverWait(this.browser, TIMEOUT);
		this.browser.get("http://localhost:" + this.port + "/");
		wait.until(ExpectedConditions.textToBe(By.id("stream-status"), "live"));
		this.browser.findElement(By.id("key")).sendKeys("bad..key");
		this.browser.findElement(By.id("value")).sendKeys("anything");
		this.browser.findElement(By.id("set")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-result"), "has an empty part"));
		assertThat(this.browser.findElement(By.id("form-result")).getText()).startsWith("Invalid key:");
	}

	private void setWithTheForm(String key, String value) {
		WebElement keyInput = this.browser.findElement(By.id("key"));
		keyInput.clear();
		keyInput.sendKeys(key);
		WebElement valueInput = this.browser.findElement(By.id("value"));
		valueInput.clear();
		valueInput.sendKeys(value);
		this.browser.findElement(By.id("set")).click();
	}

}
