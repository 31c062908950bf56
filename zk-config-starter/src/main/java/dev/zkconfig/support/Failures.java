package dev.zkconfig.support;

import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.source.ValueDecryptionException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConverterNotFoundException;
import org.springframework.util.PlaceholderResolutionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Says why a value was not accepted, or why applying it failed, without quoting it:
 * conversion and placeholder messages include the value, which may be a secret.
 */
public final class Failures {

	private Failures() {
	}

	/**
	 * Describe a failure to resolve or convert a value.
	 * @param failure the failure
	 * @return what went wrong, never the value
	 */
	public static String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String description = describeOne(cause);
			if (description != null) {
				return description;
			}
		}
		return NestedExceptionUtils.getMostSpecificCause(failure).getClass().getSimpleName();
	}

	private static @Nullable String describeOne(Throwable failure) {
		if (failure instanceof PlaceholderResolutionException placeholder) {
			return (placeholder.getMessage() != null && placeholder.getMessage().startsWith("Circular"))
					? "circular placeholder reference '" + placeholder.getPlaceholder() + "'"
					: "placeholder '" + placeholder.getPlaceholder() + "' cannot be resolved";
		}
		if (failure instanceof ValueDecryptionException) {
			return failure.getMessage();
		}
		if (failure instanceof BindValidationException validation) {
			return describe(validation.getValidationErrors().getAllErrors());
		}
		if (failure instanceof UnboundConfigurationPropertiesException unbound) {
			List<String> names = new ArrayList<>();
			for (ConfigurationProperty property : unbound.getUnboundProperties()) {
				names.add(property.getName().toString());
			}
			return "unknown properties " + names + " (ignoreUnknownFields = false)";
		}
		if (failure instanceof ConverterNotFoundException notFound) {
			return "cannot be converted to " + notFound.getTargetType().getResolvableType() + " (no converter)";
		}
		if (failure instanceof ConversionFailedException conversion) {
			return "cannot be converted to " + conversion.getTargetType().getResolvableType() + causeName(conversion);
		}
		if (failure instanceof TypeMismatchException mismatch) {
			return "cannot be converted to " + ((mismatch.getRequiredType() != null)
					? mismatch.getRequiredType().getName() : "the required type") + causeName(mismatch);
		}
		return null;
	}

	/**
	 * Describe a bind failure, naming the property that did not bind.
	 * @param failure the failure
	 * @return the property and what went wrong
	 */
	public static String describeBinding(BindException failure) {
		String property = (failure.getProperty() != null) ? "property '" + failure.getProperty().getName() + "'"
				: "properties under '" + failure.getName() + "'";
		// the same as describing its cause: the bind exception itself is none of the
		// failures described
		return property + " " + describe(failure);
	}

	private static String describe(List<ObjectError> errors) {
		List<String> descriptions = new ArrayList<>();
		for (ObjectError error : errors) {
			String field = (error instanceof FieldError fieldError) ? "'" + fieldError.getField() + "' " : "";
			descriptions.add(field + error.getDefaultMessage());
		}
		return "is not valid: " + String.join("; ", descriptions);
	}

	private static String causeName(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return (cause != failure) ? " (" + cause.getClass().getSimpleName() + ")" : "";
	}

}
