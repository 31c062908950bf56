package dev.zkconfig.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.source.ZkPropertySource;
import org.openjdk.jol.info.GraphLayout;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ReflectionUtils;

/**
 * Retained heap of the starter's in-memory copy of a tree of {@code keys} keys with
 * 100-byte values, measured with JOL over the object graph: zk-config's accepted snapshot
 * and znode mirror, the stock starter's property map. Reported against the raw data size
 * (the value bytes) and against the value and key bytes together.
 */
final class MemoryScenario {

	private static final String STOCK_SOURCE = "org.springframework.cloud.zookeeper.config.ZookeeperPropertySource";

	static {
		// Unsafe gives no field offsets of records (the store's znodes are records): let
		// JOL
		// find them another way
		System.setProperty("jol.magicFieldOffset", "true");
	}

	private MemoryScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		try (BenchZooKeeper zk = new BenchZooKeeper()) {
			zk.createTree(keys);
			try (ConfigurableApplicationContext context = BenchApps.start(contender, zk.connectString())) {
				EnumerablePropertySource<?> source = contextSource(context);
				Object[] data = (contender == Contender.OURS) ? storeData((ZkPropertySource) source)
						: new Object[] { stockProperties(source) };
				long retained = GraphLayout.parseInstance(data).totalSize();
				long valueBytes = 0;
				long keyBytes = 0;
				for (String name : source.getPropertyNames()) {
					valueBytes += String.valueOf(source.getProperty(name)).getBytes(StandardCharsets.UTF_8).length;
					keyBytes += name.getBytes(StandardCharsets.UTF_8).length;
				}
				return new Result().put("keys", keys)
					.put("properties", source.getPropertyNames().length)
					.put("retainedBytes", retained)
					.put("valueBytes", valueBytes)
					.put("keyAndValueBytes", keyBytes + valueBytes)
					.put("ratioToValues", (double) retained / valueBytes)
					.put("ratioToKeysAndValues", (double) retained / (keyBytes + valueBytes));
			}
		}
	}

	private static EnumerablePropertySource<?> contextSource(ConfigurableApplicationContext context) {
		for (PropertySource<?> source : context.getEnvironment().getPropertySources()) {
			boolean ours = source instanceof ZkPropertySource;
			boolean stock = source.getClass().getName().equals(STOCK_SOURCE);
			if ((ours || stock) && ((EnumerablePropertySource<?>) source).getPropertyNames().length > 1) {
				return (EnumerablePropertySource<?>) source;
			}
		}
		throw new IllegalStateException("No ZooKeeper property source with the benchmark keys");
	}

	/**
	 * The store's own data: the accepted snapshot the property source serves and the
	 * mirror of the znodes it is built from, without the mirror's change listener, which
	 * leads to the rest of the application.
	 */
	private static Object[] storeData(ZkPropertySource source) {
		List<Object> data = new ArrayList<>();
		ConfigSnapshot snapshot = source.getSnapshot();
		data.add(snapshot.getProperties());
		data.add(snapshot.getOrigins());
		data.add(snapshot.getNames());
		Object mirror = source.getSource().getTree();
		ReflectionUtils.doWithFields(mirror.getClass(), (field) -> {
			ReflectionUtils.makeAccessible(field);
			Object value = ReflectionUtils.getField(field, mirror);
			if (value != null && !(value instanceof Runnable) && !(value instanceof String)) {
				data.add(value);
			}
		}, (field) -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
				&& !field.getType().getName().endsWith("$View"));
		return data.toArray();
	}

	private static Map<?, ?> stockProperties(EnumerablePropertySource<?> source) {
		Field field = ReflectionUtils.findField(source.getClass(), "properties");
		if (field == null) {
			throw new IllegalStateException("The stock property source has no 'properties' field");
		}
		ReflectionUtils.makeAccessible(field);
		return (Map<?, ?>) ReflectionUtils.getField(field, source);
	}

}
