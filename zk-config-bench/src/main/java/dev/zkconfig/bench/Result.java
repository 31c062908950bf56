package dev.zkconfig.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one scenario run, as {@code name=value} pairs. A child JVM prints it as
 * one line starting with {@link #MARKER}.
 */
public final class Result {

	/** Start of the line that carries a result on a child JVM's output. */
	public static final String MARKER = "BENCH-RESULT ";

	private final Map<String, String> values = new LinkedHashMap<>();

	Result put(String name, Object value) {
		String text = (value instanceof Double number) ? String.format(java.util.Locale.ROOT, "%.3f", number)
				: String.valueOf(value);
		if (text.contains(" ") || text.contains("=")) {
			throw new IllegalArgumentException("Result values must be single tokens: " + text);
		}
		this.values.put(name, text);
		return this;
	}

	/**
	 * Return a value.
	 * @param name the name of the figure
	 * @return the value, or {@code null}
	 */
	public String get(String name) {
		return this.values.get(name);
	}

	/**
	 * Return a numeric value.
	 * @param name the name of the figure
	 * @return the value, or {@code NaN} if absent
	 */
	public double number(String name) {
		String value = this.values.get(name);
		return (value != null) ? Double.parseDouble(value) : Double.NaN;
	}

	/** Return all values by name. */
	public Map<String, String> values() {
		return Map.copyOf(this.values);
	}

	String toLine() {
		StringBuilder line = new StringBuilder(MARKER);
		this.values.forEach((name, value) -> line.append(name).append('=').append(value).append(' '));
		return line.toString().trim();
	}

	static Result parse(String line) {
		Result result = new Result();
		for (String pair : line.substring(MARKER.length()).trim().split(" ")) {
			int eq = pair.indexOf('=');
			result.values.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return result;
	}

}
