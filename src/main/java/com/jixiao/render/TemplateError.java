package com.jixiao.render;

/**
 * A user's template could not be used: bad syntax, an unknown variable, a missing file. Says which
 * template file and line, and what FreeMarker found there; a problem to fix, not a bug.
 */
public final class TemplateError extends Exception {
  private final String file;
  private final int line;
  private final String problem;

  public TemplateError(String file, int line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The template file as the user knows it (a path in --templates DIR, or the built-in name). */
  public String file() {
    return file;
  }

  /** 1-based; 0 when the problem has no line (e.g. the file is missing). */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
