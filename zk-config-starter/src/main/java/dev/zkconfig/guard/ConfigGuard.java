package dev.zkconfig.guard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.zkconfig.snapshot.Candidate;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.snapshot.ZNodeKeys;
import dev.zkconfig.source.ValueDecryptor;
import dev.zkconfig.support.Failures;
import dev.zkconfig.support.SecretValues;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeConverter;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Checks a candidate snapshot against the beans that read its changed keys before it is
 * accepted: every {@code @Value} expression that reads a changed key is resolved and
 * converted to its target type with the application's conversion service, every
 * {@code @ConfigurationProperties} bean the change concerns is bound ({@code @Validated}
 * constraints included), and every changed value's own placeholders are resolved, all
 * against the candidate. A key whose value refers to a changed key through a placeholder
 * is checked as if it had changed too ({@link PlaceholderReferences}). Nothing in service
 * is touched. Used by one thread at a time.
 */
public class ConfigGuard implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ConfigGuard.class);

	private final ConfigurableApplicationContext context;

	private final KeyIndex values;

	private final ConfigurationPropertiesIndex properties;

	private final CandidateEnvironment environment;

	private final PropertiesBindingCheck bindingCheck;

	private final PlaceholderReferences references = new PlaceholderReferences();

	private @Nullable TypeConverter typeConverter;

	private @Nullable SecretValues secrets;

	/**
	 * Create a guard.
	 * @param context the application context
	 * @param values the {@code @Value} injections
	 * @param properties the {@code @ConfigurationProperties} beans
	 */
	public ConfigGuard(ConfigurableApplicationContext context, KeyIndex values,
			ConfigurationPropertiesIndex properties) {
		this.context = context;
		this.values = values;
		this.properties = properties;
		this.environment = new CandidateEnvironment(context.getEnvironment());
		this.bindingCheck = new PropertiesBindingCheck(context);
	}

	/**
	 * Check a candidate.
	 * @param context the context it belongs to
	 * @param candidate the candidate
	 * @return why it cannot be accepted; empty if it can
	 */
	public List<Rejection> check(ConfigContext context, Candidate candidate) {
		if (!candidate.hasChanges()) {
			return List.of();
		}
		this.environment.show(context, candidate.snapshot());
		try {
			Check check = new Check(context, candidate);
			check.changedValues();
			check.valueInjections();
			check.propertiesBeans();
			return check.rejections;
		}
		finally {
			this.environment.reset();
		}
	}

	@Override
	public void close() {
		this.bindingCheck.close();
	}

	private TypeConverter typeConverter() {
		if (this.typeConverter == null) {
			this.typeConverter = this.context.getBeanFactory().getTypeConverter();
		}
		return this.typeConverter;
	}

	/**
	 * The application's rules, with its own key patterns
	 * (zkconfig.secrets.additional-keys).
	 */
	private SecretValues secrets() {
		if (this.secrets == null) {
			this.secrets = this.context.getBeanProvider(SecretValues.class).getIfAvailable(() -> SecretValues.DEFAULTS);
		}
		return this.secrets;
	}

	/**
	 * One candidate's check, of its changed keys and of the keys whose values refer to
	 * them.
	 */
	private final class Check {

		private final ConfigContext context;

		private final Candidate candidate;

		/** The changed keys, then the keys referring to them. */
		private final Set<String> keys = new LinkedHashSet<>();

		/** The changed key each referring key leads to. */
		private final Map<String, String> referring;

		private final List<ConfigurationPropertyName> names;

		private final List<Rejection> rejections = new ArrayList<>();

		Check(ConfigContext context, Candidate candidate) {
			this.context = context;
			this.candidate = candidate;
			candidate.changes().forEach((change) -> this.keys.add(change.key()));
			this.referring = ConfigGuard.this.references.referring(this.keys, ConfigGuard.this.environment.getSources(),
					ConfigGuard.this.environment.getConfigurationSources());
			this.keys.addAll(this.referring.keySet());
			this.names = ConfigurationPropertiesIndex.adapt(this.keys);
		}

		/**
		 * A changed value's placeholders, and those of the values referring to it, must
		 * resolve, and an encrypted value must decrypt, or the Environment itself fails
		 * to read it.
		 */
		void changedValues() {
			for (ConfigChange change : this.candidate.changes()) {
				if (change.newValue() != null && (ConfigSnapshot.holdsPlaceholder(change.newValue())
						|| ValueDecryptor.isEncrypted(change.newValue()))) {
					resolve(change.key());
				}
			}
			this.referring.keySet().forEach(this::resolve);
		}

		private void resolve(String key) {
			try {
				ConfigGuard.this.environment.getResolver().getProperty(key);
			}
			catch (RuntimeException ex) {
				reject(key, "the Environment", Failures.describe(ex), ex);
			}
		}

		void valueInjections() {
			for (ValueInjection injection : ConfigGuard.this.values.reading(this.keys)) {
				try {
					String resolved = ConfigGuard.this.environment.getResolver()
						.resolveRequiredPlaceholders(injection.getExpression());
					if (!resolved.contains("#{")) {
						typeConverter().convertIfNecessary(resolved, injection.getType().getType(),
								injection.getType());
					}
				}
				catch (RuntimeException ex) {
					reject(changedKeyRead(injection), injection.describe(), Failures.describe(ex), ex);
				}
			}
		}

		void propertiesBeans() {
			for (String beanName : ConfigGuard.this.properties.concerning(this.names)) {
				PropertiesBindingCheck.Failure failure = ConfigGuard.this.bindingCheck.check(beanName,
						ConfigGuard.this.environment);
				if (failure != null) {
					ConfigurationPropertyName prefix = Objects.requireNonNull(
							ConfigGuard.this.properties.prefixOf(beanName), "A bean a change concerns has a prefix");
					String key = keyOf(failure.property(), prefix);
					reject(key, "@ConfigurationProperties bean '" + beanName + "' (prefix '" + prefix + "')",
							failure.reason(), null);
				}
			}
		}

		/** The first changed key an injection reads, in whichever form it reads it. */
		private String changedKeyRead(ValueInjection injection) {
			List<ConfigurationPropertyName> read = ConfigurationPropertiesIndex.adapt(injection.getKeys());
			int i = 0;
			for (String key : this.keys) {
				if (read.contains(this.names.get(i++))) {
					return key;
				}
			}
			throw new IllegalStateException("An injection found for the changed keys reads one of them");
		}

		/**
		 * The changed key the failure is about: the property that did not bind, else the
		 * first under the prefix.
		 */
		private String keyOf(@Nullable ConfigurationPropertyName property, ConfigurationPropertyName prefix) {
			String under = null;
			int i = 0;
			for (String key : this.keys) {
				ConfigurationPropertyName name = this.names.get(i++);
				if (Objects.equals(name, property)) {
					return key;
				}
				if (under == null && ConfigurationPropertiesIndex.related(prefix, name)) {
					under = key;
				}
			}
			return (under != null) ? under : this.keys.iterator().next();
		}

		/**
		 * Reject the change of a key, or of the changed key that a referring key leads
		 * to.
		 */
		private void reject(String keyRead, String target, String reason, @Nullable Throwable failure) {
			String key = this.referring.get(keyRead);
			if (key != null) {
				target += " through key '" + keyRead + "', which refers to it";
			}
			else {
				key = keyRead;
			}
			ConfigSnapshot snapshot = this.candidate.snapshot();
			String path = snapshot.getOrigin(key);
			if (path == null) {
				// a changed key gone from the candidate: the accepted snapshot has it
				path = Objects.requireNonNull(this.context.getAccepted().getOrigin(key),
						"A changed key is in the candidate or the accepted snapshot");
			}
			if ("".equals(snapshot.get(key)) && path.equals(ZNodeKeys.pathOf(this.context.getContextPath(), key))) {
				reason += " (the empty znode gives the key the empty string: give it children or delete it)";
			}
			this.rejections.add(new Rejection(this.context.getContextPath(), key, path, target, reason,
					snapshot.getZxid(), Instant.now()));
			if (logger.isDebugEnabled()) {
				String value = snapshot.get(key);
				String shown = secrets().forLog(key, value);
				// the failure's own message may quote the value: only when nothing is
				// masked
				logger.debug("Value of key '" + key + "' rejected for " + target + ": " + shown,
						Objects.equals(shown, value) ? failure : null);
			}
		}

	}

}
