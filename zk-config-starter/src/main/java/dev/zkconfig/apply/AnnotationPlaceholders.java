package dev.zkconfig.apply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.zkconfig.guard.PlaceholderReferences;
import dev.zkconfig.snapshot.ConfigSnapshot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The keys that placeholders in the annotations of a class and its methods read, such as
 * {@code @Scheduled(cron = "${job.cron}")} or {@code @KafkaListener(topics =
 * "${topic}")}: Spring resolves them once, as it creates a bean, so a
 * {@code @RefreshScope} bean must be created anew when one changes. {@code @Value}s are
 * left to the {@code KeyIndex}, which records them as Spring injects them.
 */
final class AnnotationPlaceholders {

	private AnnotationPlaceholders() {
	}

	/**
	 * Return the keys read by the placeholders of a class's annotations.
	 * @param type the class
	 * @return the keys, each once; empty if none
	 */
	static List<ConfigurationPropertyName> of(Class<?> type) {
		Class<?> userType = ClassUtils.getUserClass(type);
		Set<ConfigurationPropertyName> names = new LinkedHashSet<>();
		collect(MergedAnnotations.from(userType, SearchStrategy.TYPE_HIERARCHY), names);
		ReflectionUtils.doWithMethods(userType,
				(method) -> collect(MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY), names),
				ReflectionUtils.USER_DECLARED_METHODS);
		return List.copyOf(names);
	}

	private static void collect(MergedAnnotations annotations, Set<ConfigurationPropertyName> names) {
		annotations.stream()
			.filter((annotation) -> !annotation.getType().equals(Value.class))
			.forEach((annotation) -> annotation.asMap().values().forEach((value) -> {
				if (value instanceof String text) {
					collect(text, names);
				}
				else if (value instanceof String[] texts) {
					for (String text : texts) {
						collect(text, names);
					}
				}
			}));
	}

	private static void collect(String text, Set<ConfigurationPropertyName> names) {
		if (ConfigSnapshot.holdsPlaceholder(text)) {
			names.addAll(PlaceholderReferences.namesIn(text));
		}
	}

}
