package dev.zkconfig.sample;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a server-sent event stream line by line in the background, keeping the events it
 * has seen.
 */
final class EventStream implements AutoCloseable {

	private final List<Event> events = new ArrayList<>();

	private final Stream<String> lines;

	private final Thread reader;

	private EventStream(Stream<String> lines) {
		this.lines = lines;
		this.reader = new Thread(this::read, "event-stream-reader");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static EventStream open(URI uri, Duration timeout) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
			.sendAsync(request, BodyHandlers.ofLines())
			.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Event stream answered " + response.statusCode());
		}
		return new EventStream(response.body());
	}

	private void read() {
		try {
			collect();
		}
		catch (UncheckedIOException ex) {
			// closed by close(), or by the server
		}
	}

	private void collect() {
		String name = "message";
		StringBuilder data = new StringBuilder();
		for (String line : (Iterable<String>) this.lines::iterator) {
			if (line.startsWith("event:")) {
				name = line.substring("event:".length()).trim();
			}
			else if (line.startsWith("data:")) {
				data.append(line.substring("data:".length()));
			}
			else if (line.isEmpty() && !data.isEmpty()) {
				synchronized (this.events) {
					this.events.add(new Event(name, data.toString()));
				}
				name = "message";
				data.setLength(0);
			}
		}
	}

	/** Return the events received so far. */
	List<Event> events() {
		synchronized (this.events) {
			return List.copyOf(this.events);
		}
	}

	@Override
	public void close() {
		this.lines.close();
	}

	record Event(String name, String data) {
	}

}
