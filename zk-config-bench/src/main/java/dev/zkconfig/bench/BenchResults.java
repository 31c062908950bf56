package dev.zkconfig.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of a benchmark run, by scenario, contender and tree size.
 */
public final class BenchResults {

	private final Map<String, Result> results = new LinkedHashMap<>();

	void add(Run run, Result result) {
		this.results.put(key(run.scenario(), run.contender(), run.params().intValue("keys")), result);
	}

	/**
	 * Return the result of a run.
	 * @param scenario the scenario
	 * @param contender the contender
	 * @param keys the tree size
	 * @return the result, or {@code null} if there was no such run
	 */
	public Result get(Scenario scenario, Contender contender, int keys) {
		return this.results.get(key(scenario, contender, keys));
	}

	/** Return how many runs have a result. */
	public int size() {
		return this.results.size();
	}

	private static String key(Scenario scenario, Contender contender, int keys) {
		return scenario.id() + "/" + contender.id() + "/" + keys;
	}

}
