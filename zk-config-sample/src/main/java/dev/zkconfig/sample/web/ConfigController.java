package dev.zkconfig.sample.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.zkconfig.sample.config.ConfigWriter;
import dev.zkconfig.support.SecretValues;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The sample's API: read the current configuration, follow its changes, and set or delete
 * a key of the application's ZooKeeper context. Keys are written as
 * {@code greeting.message}, never with {@code '/'}.
 */
@RestController
@RequestMapping("/api")
public class ConfigController {

	private final ConfigViewAssembler views;

	private final ConfigWriter writer;

	private final ChangeBroadcaster broadcaster;

	private final SecretValues secrets;

	public ConfigController(ConfigViewAssembler views, ConfigWriter writer, ChangeBroadcaster broadcaster,
			SecretValues secrets) {
		this.views = views;
		this.writer = writer;
		this.broadcaster = broadcaster;
		this.secrets = secrets;
	}

	@GetMapping("/config")
	public ConfigView config() {
		return this.views.currentView();
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	public SseEmitter events() {
		return this.broadcaster.subscribe();
	}

	// {*key} takes the rest of the path, so that a key with '/' is answered with what is
	// wrong rather than with a bare 404
	@PutMapping("/config/{*key}")
	public Map<String, String> set(@PathVariable String key, @RequestBody(required = false) @Nullable String value) {
		String name = stripLeadingSlash(key);
		String path = this.writer.set(name, value);
		Map<String, String> written = new LinkedHashMap<>();
		written.put("key", name);
		written.put("path", path);
		written.put("value", this.secrets.mask(name, value));
		return written;
	}

	@DeleteMapping("/config/{*key}")
	public ResponseEntity<Void> delete(@PathVariable String key) {
		this.writer.delete(stripLeadingSlash(key));
		return ResponseEntity.noContent().build();
	}

	private static String stripLeadingSlash(String key) {
		return key.startsWith("/") ? key.substring(1) : key;
	}

}
