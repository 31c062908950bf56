package dev.zkconfig.sample;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "zkconfig.embedded.port=0")
class ConfigApiProblemsIntegrationTests {

	@LocalServerPort
	private int port;

	private SampleApi api;

	@BeforeEach
	void createClient() {
		this.api = new SampleApi(this.port);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			bad..key         | has an empty part
			.leading         | has an empty part
			trailing.        | has an empty part
			a/b              | contains '/'
			sp%20ace         | contains characters other than
			%C3%A9t%C3%A9    | contains characters other than
			""")
	void rejectsAnInvalidKeyWithWhatIsWrong(String key, String reason) {
		HttpResponse<String> response = this.api.put(key, "value");
		assertProblem(response, 400, "Invalid key", reason);
	}

	@Test
	void rejectsAMissingKey() {
		assertProblem(this.api.put("", "value"), 400, "Invalid key", "The key is empty");
	}

	@Test
	void rejectsAnEmptyValue() {
		assertProblem(this.api.put("greeting.message", ""), 400, "Invalid value", "The value is empty");
	}

	@Test
	void rejectsATooLongValue() {
		assertProblem(this.api.put("greeting.message", "x".repeat(10_001)), 400, "Invalid value",
				"longer than 10000 characters");
	}

	@Test
	void answersNotFoundWhenDeletingAnUnknownKey() {
		assertProblem(this.api.delete("no.such.key"), 404, "Unknown key",
				"there is no znode /config/sample/no/such/key");
	}

	@Test
	void answersConflictWhenDeletingAKeyWithSubKeys() {
		assertProblem(this.api.delete("greeting"), 409, "Key has sub-keys", "delete them first");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String title, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo(title);
		assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(detail);
	}

}
