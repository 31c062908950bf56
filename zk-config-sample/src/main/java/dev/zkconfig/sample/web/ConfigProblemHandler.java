package dev.zkconfig.sample.web;

import dev.zkconfig.sample.config.ConfigKeyConflictException;
import dev.zkconfig.sample.config.ConfigKeyNotFoundException;
import dev.zkconfig.sample.config.InvalidConfigException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the API's failures a client can fix with a problem detail (RFC 9457) that says
 * what is wrong.
 */
@RestControllerAdvice(assignableTypes = ConfigController.class)
public class ConfigProblemHandler {

	@ExceptionHandler
	ProblemDetail invalid(InvalidConfigException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getTitle(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(ConfigKeyNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Unknown key", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConfigKeyConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Key has sub-keys", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
