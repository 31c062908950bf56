package dev.zkconfig.guard;

import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.support.Failures;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.BindMethod;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.UnboundElementsSourceFilter;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds a {@code @ConfigurationProperties} bean's class against candidate property
 * sources the way Spring Boot binds the bean itself: the same conversion services, bind
 * handlers and validators ({@code @Validated} constraints included), but into a fresh
 * instance, so that the bean in service is never touched.
 */
final class PropertiesBindingCheck implements AutoCloseable {

	private static final boolean JSR303_PRESENT = ClassUtils.isPresent("jakarta.validation.Validator",
			PropertiesBindingCheck.class.getClassLoader());

	private final ConfigurableApplicationContext context;

	private @Nullable List<ConversionService> conversionServices;

	private @Nullable Validator jsr303Validator;

	PropertiesBindingCheck(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Bind a bean's class against the candidate.
	 * @param beanName the bean's name
	 * @param environment the candidate environment
	 * @return what failed, or {@code null} if it binds
	 */
	@Nullable Failure check(String beanName, CandidateEnvironment environment) {
		Object bean = this.context.getBean(beanName);
		ConfigurationPropertiesBean properties = ConfigurationPropertiesBean.get(this.context, bean, beanName);
		if (properties == null) {
			return null;
		}
		ConfigurationProperties annotation = properties.getAnnotation();
		Class<?> type = properties.asBindTarget().getType().resolve();
		if (type == null) {
			return null;
		}
		Bindable<?> target = freshTarget(properties, type);
		Binder binder = new Binder(environment.getConfigurationSources(),
				new PropertySourcesPlaceholdersResolver(environment.getSources()), conversionServices(),
				this.context.getBeanFactory()::copyRegisteredEditorsTo, null, null);
		try {
			if (target == null) {
				bindEachProperty(binder, annotation, type);
			}
			else if (target.getBindMethod() == BindMethod.VALUE_OBJECT) {
				binder.bindOrCreate(annotation.prefix(), target, handler(target, annotation));
			}
			else {
				binder.bind(annotation.prefix(), target, handler(target, annotation));
			}
			return null;
		}
		catch (BindException ex) {
			return new Failure(Failures.describeBinding(ex),
					(ex.getProperty() != null) ? ex.getProperty().getName() : null);
		}
	}

	/**
	 * Bind each property of a class that cannot be created afresh on its own: every value
	 * is converted, but the bean's setters and constraints, which need an instance, are
	 * not run.
	 */
	private void bindEachProperty(Binder binder, ConfigurationProperties annotation, Class<?> type) {
		String prefix = annotation.prefix().isEmpty() ? "" : annotation.prefix() + ".";
		BindHandler handler = unvalidatedHandler(annotation);
		PropertyBindables.of(type).forEach((name, property) -> binder.bind(prefix + name, property, handler));
	}

	/**
	 * A bindable like the bean's own, over a new instance instead of the bean in service.
	 * A value object's (one bound through its constructor, such as a record) is one
	 * already.
	 */
	private @Nullable Bindable<?> freshTarget(ConfigurationPropertiesBean properties, Class<?> type) {
		Bindable<?> target = properties.asBindTarget();
		if (target.getBindMethod() == BindMethod.VALUE_OBJECT) {
			return target;
		}
		try {
			// the class and its constructor need not be public, as for Spring Boot
			Object fresh = BeanUtils.instantiateClass(type);
			return Bindable.ofInstance(fresh)
				.withAnnotations(target.getAnnotations())
				.withBindRestrictions(Bindable.BindRestriction.NO_DIRECT_PROPERTY);
		}
		catch (BeanInstantiationException ex) {
			return null;
		}
	}

	private BindHandler handler(Bindable<?> target, ConfigurationProperties annotation) {
		BindHandler handler = unvalidatedHandler(annotation);
		List<Validator> validators = validators(target);
		if (!validators.isEmpty()) {
			handler = new ValidationBindHandler(handler, validators.toArray(Validator[]::new));
		}
		return handler;
	}

	private static BindHandler unvalidatedHandler(ConfigurationProperties annotation) {
		BindHandler handler = new IgnoreTopLevelConverterNotFoundBindHandler();
		if (annotation.ignoreInvalidFields()) {
			handler = new IgnoreErrorsBindHandler(handler);
		}
		if (!annotation.ignoreUnknownFields()) {
			handler = new NoUnboundElementsBindHandler(handler, new UnboundElementsSourceFilter());
		}
		return handler;
	}

	private List<Validator> validators(Bindable<?> target) {
		List<Validator> validators = new ArrayList<>(3);
		if (this.context.containsBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)) {
			validators.add(this.context.getBean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME, Validator.class));
		}
		if (JSR303_PRESENT && target.getAnnotation(Validated.class) != null) {
			validators.add(jsr303Validator());
		}
		if (target.getValue() != null && target.getValue().get() instanceof Validator self) {
			validators.add(self);
		}
		return validators;
	}

	private Validator jsr303Validator() {
		if (this.jsr303Validator == null) {
			this.jsr303Validator = Jsr303.validator(this.context);
		}
		return this.jsr303Validator;
	}

	/**
	 * The conversion services Spring Boot binds {@code @ConfigurationProperties} with.
	 */
	private List<ConversionService> conversionServices() {
		if (this.conversionServices == null) {
			List<ConversionService> services = new ArrayList<>();
			String name = ConfigurableApplicationContext.CONVERSION_SERVICE_BEAN_NAME;
			if (this.context.containsBean(name)
					&& this.context.getBeanFactory().isTypeMatch(name, ConversionService.class)) {
				services.add(this.context.getBean(name, ConversionService.class));
			}
			else {
				FormattingConversionService beans = new FormattingConversionService();
				boolean hasBeans = !ApplicationConversionService
					.addBeans(beans, this.context.getBeanFactory(), ConfigurationPropertiesBinding.VALUE)
					.isEmpty();
				if (hasBeans) {
					services.add(beans);
				}
				if (this.context.getBeanFactory().getConversionService() != null) {
					services.add(this.context.getBeanFactory().getConversionService());
				}
				if (hasBeans || services.isEmpty()) {
					services.add(ApplicationConversionService.getSharedInstance());
				}
			}
			this.conversionServices = services;
		}
		return this.conversionServices;
	}

	@Override
	public void close() {
		if (this.jsr303Validator instanceof AutoCloseable validator) {
			try {
				validator.close();
			}
			catch (Exception ex) {
				// nothing left to release
			}
		}
	}

	/** Loaded only when Jakarta Bean Validation is present. */
	private static final class Jsr303 {

		static Validator validator(ConfigurableApplicationContext context) {
			LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
			validator.setApplicationContext(context);
			validator.afterPropertiesSet();
			return validator;
		}

	}

	/**
	 * Why a bean does not bind.
	 *
	 * @param reason what failed, never a value
	 * @param property the property that did not bind, {@code null} if not one alone
	 */
	record Failure(String reason, @Nullable ConfigurationPropertyName property) {
	}

}
