package dev.zkconfig.apply;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.cloud.context.scope.StandardScopeCache;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.cloud.context.scope.refresh.RefreshScopeRefreshedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.util.Assert;

/**
 * Spring Cloud's {@link RefreshScope} with one more way to refresh a bean: create the new
 * instance first, and replace the old one only once that worked, so that a bean whose
 * creation fails for the new configuration keeps serving with the old one. Spring Cloud's
 * {@link #refresh(String)} destroys the old instance first and leaves nothing when the
 * next creation fails (spring-cloud-commons#1478).
 */
public class TargetedRefreshScope extends RefreshScope {

	/** The bean being created anew on this thread, outside the scope's cache. */
	private final ThreadLocal<String> creating = new ThreadLocal<>();

	/** The destruction callbacks of the instances being created anew, by bean. */
	private final Map<String, Runnable> destructionCallbacks = new ConcurrentHashMap<>();

	/**
	 * The destruction of each bean's instance in the scope, which a new one can take
	 * over.
	 */
	private final Map<String, Destruction> destructions = new ConcurrentHashMap<>();

	/** The scope's cache of instances, to tell which beans have one. */
	private final StandardScopeCache instances = new StandardScopeCache();

	private @Nullable ConfigurableListableBeanFactory beanFactory;

	private @Nullable ApplicationContext context;

	/** Create the scope. */
	public TargetedRefreshScope() {
		setScopeCache(this.instances);
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
		this.beanFactory = beanFactory;
		super.postProcessBeanFactory(beanFactory);
	}

	@Override
	public void setApplicationContext(ApplicationContext context) throws BeansException {
		this.context = context;
		super.setApplicationContext(context);
	}

	/**
	 * Return the bean's instance from the scope, waiting while
	 * {@link #refreshNewBeforeOld} swaps it. A scoped proxy asks for its target once
	 * without the bean's lock before its locked call (Spring AOP gets the target ahead of
	 * the advice chain): without waiting, a call between the removal of the old instance
	 * and the arrival of the new one would create a third instance, which the new one
	 * could then not replace.
	 */
	@Override
	public Object get(String name, ObjectFactory<?> objectFactory) {
		if (name.equals(this.creating.get())) {
			return objectFactory.getObject();
		}
		ReadWriteLock readWriteLock = getLock(name);
		if (readWriteLock == null) {
			return super.get(name, objectFactory);
		}
		Lock lock = readWriteLock.readLock();
		lock.lock();
		try {
			return super.get(name, objectFactory);
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void registerDestructionCallback(String name, Runnable callback) {
		if (name.equals(this.creating.get())) {
			this.destructionCallbacks.put(name, callback);
			return;
		}
		super.registerDestructionCallback(name, track(name, callback));
	}

	private Destruction track(String name, Runnable callback) {
		Destruction destruction = new Destruction(callback);
		this.destructions.put(name, destruction);
		return destruction;
	}

	/**
	 * Whether the scope holds an instance of a bean: one was created (or its creation
	 * tried) since the bean was last destroyed. A bean without one is created on its
	 * first use, for the configuration of that time.
	 * @param name the bean's name
	 * @return {@code true} if the scope holds an instance
	 */
	public boolean hasInstance(String name) {
		Assert.state(this.beanFactory != null, "No bean factory set");
		return this.instances.get(instanceName(this.beanFactory, name)) != null;
	}

	/**
	 * Replace a bean with a new instance created for the current configuration, before
	 * the old instance is destroyed; if the creation fails, the old instance stays. The
	 * old instance is destroyed once the new one serves, outside the bean's lock, so that
	 * a slow destruction (a connection pool waiting for its connections) holds up no
	 * caller.
	 * @param name the bean's name, one the scope {@linkplain #hasInstance holds an
	 * instance} of
	 * @return the failure, or {@code null} if the bean was replaced
	 */
	public @Nullable RuntimeException refreshNewBeforeOld(String name) {
		Assert.state(this.beanFactory != null && this.context != null, "No bean factory or application context set");
		String target = instanceName(this.beanFactory, name);
		Object fresh;
		this.creating.set(target);
		try {
			fresh = this.beanFactory.getBean(target);
		}
		catch (RuntimeException ex) {
			this.destructionCallbacks.remove(target);
			return ex;
		}
		finally {
			this.creating.remove();
		}
		Runnable callback = this.destructionCallbacks.remove(target);
		ReadWriteLock readWriteLock = getLock(target);
		Lock lock = (readWriteLock != null) ? readWriteLock.writeLock() : null;
		if (lock != null) {
			lock.lock();
		}
		Runnable destroyOld;
		try {
			Destruction old = this.destructions.remove(target);
			destroyOld = (old != null) ? old.takeOver() : null;
			destroy(target);
			super.get(target, () -> fresh);
			if (callback != null) {
				super.registerDestructionCallback(target, track(target, callback));
			}
		}
		finally {
			if (lock != null) {
				lock.unlock();
			}
		}
		if (destroyOld != null) {
			destroyOld.run();
		}
		this.context.publishEvent(new RefreshScopeRefreshedEvent(target));
		return null;
	}

	/**
	 * The name the scope holds a bean's instance under: its scoped target's, or its own
	 * if it has no scoped proxy ({@code proxyMode = NO}).
	 */
	private static String instanceName(ConfigurableListableBeanFactory beanFactory, String name) {
		if (ScopedProxyUtils.isScopedTarget(name)) {
			return name;
		}
		String target = ScopedProxyUtils.getTargetBeanName(name);
		return beanFactory.containsBeanDefinition(target) ? target : name;
	}

	/**
	 * The destruction callback of an instance, run by the scope when it destroys the
	 * instance, unless a refresh took it over to run it later.
	 */
	private static final class Destruction implements Runnable {

		private final AtomicReference<@Nullable Runnable> callback;

		Destruction(Runnable callback) {
			this.callback = new AtomicReference<>(callback);
		}

		@Override
		public void run() {
			Runnable pending = this.callback.getAndSet(null);
			if (pending != null) {
				pending.run();
			}
		}

		/** Take the callback away from the scope, to run it later. */
		@Nullable Runnable takeOver() {
			return this.callback.getAndSet(null);
		}

	}

}
