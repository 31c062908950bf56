package dev.zkconfig.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import com.jayway.jsonpath.JsonPath;

/**
 * Calls the sample's REST API of a running application.
 */
final class SampleApi {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	SampleApi(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	HttpResponse<String> put(String key, String value) {
		return send(HttpRequest.newBuilder(uri("/api/config/" + key))
			.header("Content-Type", "text/plain")
			.PUT(BodyPublishers.ofString(value))
			.build());
	}

	HttpResponse<String> delete(String key) {
		return send(HttpRequest.newBuilder(uri("/api/config/" + key)).DELETE().build());
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/** Return one value of the JSON {@code GET /api/config} answers. */
	<T> T config(String jsonPath) {
		return JsonPath.read(get("/api/config").body(), jsonPath);
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
