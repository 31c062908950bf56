package dev.zkconfig.autoconfigure;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class StockConfigWatcherFilterTests {

	private static final String[] CANDIDATES = { StockConfigWatcherFilter.STOCK_WATCHER_CONFIGURATION,
			"org.springframework.cloud.zookeeper.ZookeeperAutoConfiguration" };

	@Test
	void leavesOutOnlyTheStockWatcherWhenZkConfigLoadedTheImport() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start(); ZkConfigClient client = new ZkConfigClient(zk.client(), false)) {
			DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
			beanFactory.registerSingleton("zkConfigClient", client);
			assertThat(filter(beanFactory).match(CANDIDATES, null)).containsExactly(false, true);
		}
	}

	@Test
	void keepsEverythingOtherwise() {
		assertThat(filter(new DefaultListableBeanFactory()).match(CANDIDATES, null)).containsExactly(true, true);
	}

	private static StockConfigWatcherFilter filter(DefaultListableBeanFactory beanFactory) {
		StockConfigWatcherFilter filter = new StockConfigWatcherFilter();
		filter.setBeanFactory(beanFactory);
		return filter;
	}

}
