package dev.zkconfig.bench;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fifty {@code @RefreshScope} beans, {@code reader0} to {@code reader49}, each reading
 * its own key {@code readers.r<n>} through its own {@code @Value} injection point.
 * Written out bean by bean, as an application declares them, so that every injection
 * point is one Spring records.
 */
@Configuration(proxyBeanMethods = false)
class FiftyRefreshScopeReaders {

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader0(@Value("${readers.r0:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader1(@Value("${readers.r1:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader2(@Value("${readers.r2:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader3(@Value("${readers.r3:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader4(@Value("${readers.r4:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader5(@Value("${readers.r5:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader6(@Value("${readers.r6:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader7(@Value("${readers.r7:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader8(@Value("${readers.r8:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader9(@Value("${readers.r9:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader10(@Value("${readers.r10:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader11(@Value("${readers.r11:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader12(@Value("${readers.r12:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader13(@Value("${readers.r13:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader14(@Value("${readers.r14:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader15(@Value("${readers.r15:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader16(@Value("${readers.r16:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader17(@Value("${readers.r17:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader18(@Value("${readers.r18:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader19(@Value("${readers.r19:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader20(@Value("${readers.r20:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader21(@Value("${readers.r21:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader22(@Value("${readers.r22:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader23(@Value("${readers.r23:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader24(@Value("${readers.r24:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader25(@Value("${readers.r25:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader26(@Value("${readers.r26:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader27(@Value("${readers.r27:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader28(@Value("${readers.r28:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader29(@Value("${readers.r29:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader30(@Value("${readers.r30:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader31(@Value("${readers.r31:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader32(@Value("${readers.r32:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader33(@Value("${readers.r33:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader34(@Value("${readers.r34:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader35(@Value("${readers.r35:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader36(@Value("${readers.r36:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader37(@Value("${readers.r37:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader38(@Value("${readers.r38:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader39(@Value("${readers.r39:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader40(@Value("${readers.r40:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader41(@Value("${readers.r41:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader42(@Value("${readers.r42:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader43(@Value("${readers.r43:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader44(@Value("${readers.r44:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader45(@Value("${readers.r45:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader46(@Value("${readers.r46:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader47(@Value("${readers.r47:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader48(@Value("${readers.r48:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

	@Bean
	@RefreshScope
	TargetedRefreshApplication.Reader reader49(@Value("${readers.r49:none}") String value) {
		return new TargetedRefreshApplication.Reader(value);
	}

}
