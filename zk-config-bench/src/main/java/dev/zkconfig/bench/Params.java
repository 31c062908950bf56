package dev.zkconfig.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sizes a scenario runs with, as {@code name=value} pairs (so they pass unchanged on
 * a child JVM's command line).
 *
 * @param values the values by name
 */
public record Params(Map<String, String> values) {

	public Params {
		values = Map.copyOf(values);
	}

	static Params of(String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : pairs) {
			int eq = pair.indexOf('=');
			values.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return new Params(values);
	}

	int intValue(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("Missing scenario parameter '" + name + "'");
		}
		return Integer.parseInt(value);
	}

	String[] toArgs() {
		return this.values.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

}
