package dev.zkconfig.apply;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fifty {@code @RefreshScope} beans, {@code bean0} to {@code bean49}, each reading its
 * own key {@code bean.k<n>} through its own {@code @Value} injection point.
 */
@Configuration(proxyBeanMethods = false)
class FiftyRefreshScopeBeans {

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean0(@Value("${bean.k0:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean0", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean1(@Value("${bean.k1:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean1", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean2(@Value("${bean.k2:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean2", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean3(@Value("${bean.k3:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean3", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean4(@Value("${bean.k4:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean4", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean5(@Value("${bean.k5:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean5", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean6(@Value("${bean.k6:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean6", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean7(@Value("${bean.k7:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean7", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean8(@Value("${bean.k8:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean8", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean9(@Value("${bean.k9:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean9", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean10(@Value("${bean.k10:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean10", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean11(@Value("${bean.k11:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean11", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean12(@Value("${bean.k12:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean12", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean13(@Value("${bean.k13:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean13", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean14(@Value("${bean.k14:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean14", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean15(@Value("${bean.k15:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean15", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean16(@Value("${bean.k16:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean16", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean17(@Value("${bean.k17:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean17", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean18(@Value("${bean.k18:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean18", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean19(@Value("${bean.k19:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean19", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean20(@Value("${bean.k20:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean20", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean21(@Value("${bean.k21:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean21", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean22(@Value("${bean.k22:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean22", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean23(@Value("${bean.k23:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean23", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean24(@Value("${bean.k24:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean24", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean25(@Value("${bean.k25:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean25", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean26(@Value("${bean.k26:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean26", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean27(@Value("${bean.k27:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean27", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean28(@Value("${bean.k28:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean28", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean29(@Value("${bean.k29:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean29", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean30(@Value("${bean.k30:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean30", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean31(@Value("${bean.k31:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean31", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean32(@Value("${bean.k32:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean32", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean33(@Value("${bean.k33:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean33", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean34(@Value("${bean.k34:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean34", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean35(@Value("${bean.k35:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean35", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean36(@Value("${bean.k36:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean36", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean37(@Value("${bean.k37:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean37", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean38(@Value("${bean.k38:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean38", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean39(@Value("${bean.k39:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean39", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean40(@Value("${bean.k40:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean40", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean41(@Value("${bean.k41:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean41", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean42(@Value("${bean.k42:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean42", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean43(@Value("${bean.k43:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean43", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean44(@Value("${bean.k44:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean44", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean45(@Value("${bean.k45:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean45", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean46(@Value("${bean.k46:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean46", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean47(@Value("${bean.k47:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean47", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean48(@Value("${bean.k48:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean48", value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshIntegrationTests.Reader bean49(@Value("${bean.k49:none}") String value) {
		return new TargetedRefreshIntegrationTests.Reader("bean49", value);
	}

}
