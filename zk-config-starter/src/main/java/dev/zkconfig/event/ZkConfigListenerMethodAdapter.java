package dev.zkconfig.event;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.support.Failures;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Calls a {@link ZkConfigListener} method with the changes it asked for only. A listener
 * that fails is logged, and the listeners after it still hear of the change.
 */
class ZkConfigListenerMethodAdapter extends ApplicationListenerMethodAdapter {

	private static final Log logger = LogFactory.getLog(ZkConfigListener.class);

	private final String description;

	private final List<ConfigurationPropertyName> keys = new ArrayList<>();

	private final List<ConfigurationPropertyName> prefixes = new ArrayList<>();

	ZkConfigListenerMethodAdapter(String beanName, Class<?> targetClass, Method method) {
		super(beanName, targetClass, method);
		this.description = "@ZkConfigListener method " + ClassUtils.getUserClass(targetClass).getName() + "."
				+ method.getName();
		Class<?>[] parameters = method.getParameterTypes();
		if (parameters.length == 1 && !parameters[0].isAssignableFrom(ZkConfigChangeEvent.class)) {
			throw new IllegalStateException("@ZkConfigListener method '" + method.getName() + "' of "
					+ method.getDeclaringClass().getName() + " takes a " + parameters[0].getName()
					+ ": it must take a ZkConfigChangeEvent, or nothing");
		}
		ZkConfigListener listener = AnnotatedElementUtils.findMergedAnnotation(method, ZkConfigListener.class);
		if (listener != null) {
			for (String key : listener.keys()) {
				this.keys.add(ConfigurationPropertyName.adapt(key, '.'));
			}
			for (String prefix : listener.prefixes()) {
				this.prefixes.add(ConfigurationPropertyName.adapt(prefix, '.'));
			}
		}
	}

	@Override
	public void processEvent(ApplicationEvent event) {
		if (!(event instanceof ZkConfigChangeEvent changes)) {
			super.processEvent(event);
			return;
		}
		ZkConfigChangeEvent asked = (this.keys.isEmpty() && this.prefixes.isEmpty()) ? changes : asked(changes);
		if (asked == null) {
			return;
		}
		try {
			super.processEvent(asked);
		}
		catch (RuntimeException ex) {
			logger.error(this.description + " failed for the changes to keys " + asked.getKeys() + ": "
					+ Failures.describe(ex) + " (stack trace at DEBUG for " + ZkConfigListener.class.getName() + ")");
			logger.debug("Failure of " + this.description, ex);
		}
	}

	private @Nullable ZkConfigChangeEvent asked(ZkConfigChangeEvent changes) {
		List<ConfigChange> asked = new ArrayList<>();
		for (ConfigChange change : changes.getChanges()) {
			if (asked(ConfigurationPropertyName.adapt(change.key(), '.'))) {
				asked.add(change);
			}
		}
		return asked.isEmpty() ? null : new ZkConfigChangeEvent(changes.getSource(), asked);
	}

	private boolean asked(ConfigurationPropertyName key) {
		if (this.keys.contains(key)) {
			return true;
		}
		for (ConfigurationPropertyName prefix : this.prefixes) {
			if (prefix.equals(key) || prefix.isAncestorOf(key)) {
				return true;
			}
		}
		return false;
	}

}
