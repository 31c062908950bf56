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
		// the driver and the browser are given, so that Selenium Manager never downloads one
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
		WebElement key = this.browser.findElement(By.id("key"));
		key.clear();
		key.sendKeys("greeting.message");
		WebElement value = this.browser.findElement(By.id("value"));
		value.clear();
		value.sendKeys("Set in the browser");
		this.browser.findElement(By.id("set")).click();
		wait.until(ExpectedConditions.textToBe(message, "Set in the browser"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "Set in the browser"));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.notReloaded")).isEqualTo(true);
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

}
