package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a benchmark run, by scenario, contender and tree size.
 */
public final class BenchResults {

	private final Map<String, List<Result>> results = new LinkedHashMap<>();

	void add(Run run, Result result) {
		this.results
			.computeIfAbsent(key(run.scenario(), run.contender(), run.params().intValue("keys")),
					(key) -> new ArrayList<>())
			.add(result);
	}

	/**
	 * Return the result of a scenario for a contender, its forks combined.
	 * @param scenario the scenario
	 * @param contender the contender
	 * @param keys the tree size
	 * @return the result, or {@code null} if there was no such run
	 */
	public Result get(Scenario scenario, Contender contender, int keys) {
		List<Result> forks = this.results.get(key(scenario, contender, keys));
		return (forks != null) ? scenario.combine(forks) : null;
	}

	/** Return how many scenario and contender pairs have a result. */
	public int size() {
		return this.results.size();
	}

	private static String key(Scenario scenario, Contender contender, int keys) {
		return scenario.id() + "/" + contender.id() + "/" + keys;
	}

}
