package com.jixiao.render;

/**
 * The page a template produced is not well-formed XHTML (an unclosed tag, a stray {@code &}); a
 * problem of the template, reported with the line in the produced page.
 */
public final class MalformedPage extends Exception {
  private final int line;

  MalformedPage(int line, String problem, Throwable cause) {
    super(problem, cause);
    this.line = line;
  }

  /** 1-based line of the produced page; 0 when unknown. */
  public int line() {
    return line;
  }
}
