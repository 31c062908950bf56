package dev.zkconfig.configdata;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Binds settings while configuration data loads, with the {@link BindHandler} registered
 * in the bootstrap context, as Spring Cloud Zookeeper's own resolver does: so that, for
 * example, {@code {cipher}} values are decrypted by Spring Cloud Context's
 * {@code TextEncryptorBindHandler}.
 */
final class BootstrapBinder {

	private final Binder binder;

	private final @Nullable BindHandler handler;

	BootstrapBinder(Binder binder, BootstrapContext bootstrap) {
		this.binder = binder;
		this.handler = bootstrap.getOrElse(BindHandler.class, null);
	}

	<T> T bind(String name, Class<T> type, Supplier<T> fallback) {
		return this.binder.bind(name, Bindable.of(type), this.handler).orElseGet(fallback);
	}

	Binder getBinder() {
		return this.binder;
	}

	@Nullable BindHandler getHandler() {
		return this.handler;
	}

}
