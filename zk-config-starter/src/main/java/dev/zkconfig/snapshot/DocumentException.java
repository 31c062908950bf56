package dev.zkconfig.snapshot;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a configuration document in a znode cannot be read. The message names the
 * znode and, where the parser gives them, the line and column, but never quotes the
 * document.
 */
public class DocumentException extends Exception {

	private final String path;

	private final String reason;

	private final int line;

	private final int column;

	/**
	 * Create an exception.
	 * @param path the document's znode path
	 * @param reason what is wrong
	 * @param line the line of the problem, from 1, or 0 if unknown
	 * @param column the column of the problem, from 1, or 0 if unknown
	 * @param cause the parser's exception, may be {@code null}
	 */
	public DocumentException(String path, String reason, int line, int column, @Nullable Throwable cause) {
		super(path + ": " + describe(reason, line, column), cause);
		this.path = path;
		this.reason = describe(reason, line, column);
		this.line = line;
		this.column = column;
	}

	private static String describe(String reason, int line, int column) {
		return (line > 0) ? reason + " (line " + line + ", column " + column + ")" : reason;
	}

	/**
	 * Return the document's znode path.
	 * @return the path
	 */
	public String getPath() {
		return this.path;
	}

	/**
	 * Return what is wrong, with the line and column where known.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * Return the line of the problem.
	 * @return the line, from 1, or 0 if unknown
	 */
	public int getLine() {
		return this.line;
	}

	/**
	 * Return the column of the problem.
	 * @return the column, from 1, or 0 if unknown
	 */
	public int getColumn() {
		return this.column;
	}

}
