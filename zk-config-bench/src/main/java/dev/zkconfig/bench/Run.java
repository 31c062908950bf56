package dev.zkconfig.bench;

/**
 * One scenario for one contender with given sizes.
 *
 * @param scenario the scenario
 * @param contender the contender
 * @param params the sizes
 */
public record Run(Scenario scenario, Contender contender, Params params) {

	@Override
	public String toString() {
		return this.scenario.id() + " " + this.contender.id() + " " + String.join(" ", this.params.toArgs());
	}

}
