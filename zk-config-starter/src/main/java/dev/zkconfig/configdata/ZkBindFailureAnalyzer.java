package dev.zkconfig.configdata;

import dev.zkconfig.source.ZNodeOrigin;
import dev.zkconfig.source.ZkPropertySource;
import dev.zkconfig.support.Failures;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains a failure to bind configuration properties whose values come from ZooKeeper
 * without quoting them: Spring Boot's own analyzers print each value
 * ({@code Value: "..."}), and a value in ZooKeeper may be a secret that no rule
 * recognises. It comes before Spring Boot's analyzers and leaves the failures of other
 * sources to them.
 */
class ZkBindFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String HIDDEN = "(hidden: it comes from ZooKeeper)";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		BindException bind = findCause(failure, BindException.class);
		if (bind == null) {
			return null;
		}
		StringBuilder description = new StringBuilder(bind.getMessage()).append(":\n");
		boolean fromZooKeeper;
		if (bind.getCause() instanceof BindValidationException validation) {
			fromZooKeeper = describeValidation(description, validation);
		}
		else if (bind.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
			fromZooKeeper = false;
			for (ConfigurationProperty property : unbound.getUnboundProperties()) {
				fromZooKeeper |= describe(description, property.getName().toString(), property.getValue(),
						property.getOrigin());
			}
			description.append("\n    Reason: the properties are not bound (ignoreUnknownFields = false)");
		}
		else {
			ConfigurationProperty property = bind.getProperty();
			fromZooKeeper = property != null
					&& describe(description, property.getName().toString(), property.getValue(), property.getOrigin());
			// the same as describing its cause: the bind exception itself is none of the
			// failures described
			description.append("\n    Reason: ").append(Failures.describe(bind));
		}
		if (!fromZooKeeper) {
			return null;
		}
		return new FailureAnalysis(description.toString(), "Update the value of the ZooKeeper znode named above "
				+ "(zk-config does not show values that come from ZooKeeper), or the application's configuration",
				bind);
	}

	private boolean describeValidation(StringBuilder description, BindValidationException validation) {
		boolean fromZooKeeper = false;
		for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
			if (error instanceof FieldError field) {
				fromZooKeeper |= describe(description, field.getObjectName() + "." + field.getField(),
						field.getRejectedValue(), Origin.from(field));
			}
			description.append("\n    Reason: ").append(error.getDefaultMessage()).append("\n");
		}
		return fromZooKeeper;
	}

	/**
	 * Describe one property as Spring Boot does, its value hidden if it comes from
	 * ZooKeeper.
	 */
	private static boolean describe(StringBuilder description, String name, @Nullable Object value,
			@Nullable Origin origin) {
		boolean fromZooKeeper = isZNode(origin);
		description.append("\n    Property: ").append(name);
		description.append("\n    Value: ").append(fromZooKeeper ? HIDDEN : "\"" + value + "\"");
		if (origin != null) {
			description.append("\n    Origin: ").append(origin);
		}
		return fromZooKeeper;
	}

	/**
	 * Spring Boot wraps the origin that a property source gives in one naming the source.
	 */
	private static boolean isZNode(@Nullable Origin origin) {
		if (origin instanceof PropertySourceOrigin wrapped) {
			return wrapped.getPropertySource() instanceof ZkPropertySource || isZNode(wrapped.getOrigin());
		}
		return origin instanceof ZNodeOrigin
				|| Origin.parentsFrom(origin).stream().anyMatch(ZNodeOrigin.class::isInstance);
	}

	private static <E extends Throwable> @Nullable E findCause(Throwable failure, Class<E> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
