package dev.zkconfig.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.zkconfig.event.ZkConfigRejectedEvent;
import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ZNodeKeys;
import dev.zkconfig.support.Failures;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * Refreshes {@code @RefreshScope} beans. With {@link Mode#TARGETED} only the beans a
 * change concerns are refreshed ({@link RefreshTargets}), each created anew before its
 * old instance is destroyed, so that a bean that cannot be created for the new
 * configuration keeps its old instance; the failure is recorded as a rejection. A bean
 * not created yet (a lazy one, or one not used since Spring Cloud refreshed them all) is
 * left for its first use. With {@link Mode#ALL} every bean is refreshed, as Spring Cloud
 * does.
 */
public class RefreshScopeStep implements ApplyStep, Ordered {

	private static final Log logger = LogFactory.getLog(RefreshScopeStep.class);

	private final Supplier<@Nullable RefreshScope> refreshScope;

	private final RefreshTargets targets;

	private final Mode mode;

	private final Rejections rejections;

	private final ApplicationEventPublisher publisher;

	private final ObjectProvider<ChangeListener> listeners;

	/**
	 * Create the step.
	 * @param refreshScope the refresh scope, if the application has one
	 * @param beanFactory the bean factory
	 * @param values the {@code @Value} injections
	 * @param properties the {@code @ConfigurationProperties} beans
	 * @param mode which beans to refresh
	 * @param rejections where a bean that could not be created anew is recorded
	 * @param publisher publishes the rejection event for such a bean
	 * @param listeners told of such a bean
	 */
	public RefreshScopeStep(ObjectProvider<RefreshScope> refreshScope, ConfigurableListableBeanFactory beanFactory,
			KeyIndex values, ConfigurationPropertiesIndex properties, Mode mode, Rejections rejections,
			ApplicationEventPublisher publisher, ObjectProvider<ChangeListener> listeners) {
		this.refreshScope = SingletonSupplier.of(refreshScope::getIfAvailable);
		this.targets = new RefreshTargets(beanFactory, values, properties);
		this.mode = mode;
		this.rejections = rejections;
		this.publisher = publisher;
		this.listeners = listeners;
	}

	@Override
	public void apply(ApplyRound round) {
		RefreshScope scope = this.refreshScope.get();
		if (scope == null) {
			return;
		}
		if (this.mode == Mode.ALL) {
			scope.refreshAll();
			this.targets.all().forEach(round::touched);
			return;
		}
		List<Rejection> failures = new ArrayList<>();
		for (String beanName : this.targets.concerning(round.getKeys())) {
			if (scope instanceof TargetedRefreshScope targeted) {
				if (!targeted.hasInstance(beanName)) {
					// left for its first use, which creates it for the accepted
					// configuration
					continue;
				}
				RuntimeException failure = targeted.refreshNewBeforeOld(beanName);
				if (failure != null) {
					failures.add(failure(beanName, round, failure));
					continue;
				}
			}
			else {
				scope.refresh(beanName);
			}
			round.touched(beanName);
		}
		if (!failures.isEmpty()) {
			this.rejections.record(failures);
			this.publisher.publishEvent(new ZkConfigRejectedEvent(this, failures));
			String context = failures.get(0).context();
			this.listeners.orderedStream().forEach((listener) -> listener.rejected(context, failures));
		}
	}

	private Rejection failure(String beanName, ApplyRound round, RuntimeException failure) {
		String reason = "could not be created for the new configuration, its old instance stays: "
				+ Failures.describe(failure);
		logger.error("@RefreshScope bean '" + beanName + "' " + reason);
		logger.debug("Creation failure of @RefreshScope bean '" + beanName + "'", failure);
		// standing until a later change of that znode is accepted
		ConfigChange change = round.getChanges().get(0);
		return new Rejection(change.context(), change.key(), ZNodeKeys.pathOf(change.context(), change.key()),
				"@RefreshScope bean '" + beanName + "'", reason, change.zxid(), Instant.now());
	}

	@Override
	public int getOrder() {
		return REFRESH_SCOPE;
	}

	/**
	 * Which {@code @RefreshScope} beans a change refreshes.
	 */
	public enum Mode {

		/**
		 * Only the beans that read a changed key, each created before its old instance
		 * goes.
		 */
		TARGETED,

		/** Every bean, as Spring Cloud's refresh does. */
		ALL

	}

}
