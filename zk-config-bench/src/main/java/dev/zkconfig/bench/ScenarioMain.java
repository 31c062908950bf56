package dev.zkconfig.bench;

import java.util.Arrays;

/**
 * Entry point of a child JVM: runs one scenario for one contender and prints its result
 * as one line. Arguments: scenario, contender, then {@code name=value} sizes.
 */
public final class ScenarioMain {

	private ScenarioMain() {
	}

	public static void main(String[] args) throws Exception {
		Scenario scenario = Scenario.of(args[0]);
		Contender contender = Contender.of(args[1]);
		Params params = Params.of(Arrays.copyOfRange(args, 2, args.length));
		Result result = scenario.run(contender, params);
		System.out.println(result.toLine());
		System.out.flush();
		// the stock starter's watcher may still be refreshing on non-daemon threads
		System.exit(0);
	}

}
