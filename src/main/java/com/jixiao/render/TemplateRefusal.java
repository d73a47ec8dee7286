package com.jixiao.render;

import java.io.IOException;

/**
 * A template, or a file or URL a page refers to, that the sandbox does not read: a symbolic link, a
 * path out of the templates folder, the network. An {@link IOException} so it passes through
 * FreeMarker's template loading unchanged; the commands report it as a template error (exit 2).
 * {@link #subject()} is the path or URI as the template wrote it; {@link #key()} the message key
 * (render bundle) of the rule it broke, with the subject as {0}.
 */
public final class TemplateRefusal extends IOException {
  /** What rule the reference broke. */
  public enum Reason {
    FOLDER_MISSING("render.templates_folder_missing"),
    FOLDER_IS_LINK("render.templates_folder_link"),
    LINK("render.template_file_link"),
    NOT_A_FILE("render.template_not_a_file"),
    OUTSIDE("render.resource_refused"),
    MISSING("render.resource_missing"),
    NOT_AN_IMAGE("render.image_refused");

    private final String key;

    Reason(String key) {
      this.key = key;
    }
  }

  private final Reason reason;
  private final String subject;

  public TemplateRefusal(Reason reason, String subject) {
    super(reason + ": " + subject);
    this.reason = reason;
    this.subject = subject;
  }

  public Reason reason() {
    return reason;
  }

  public String subject() {
    return subject;
  }

  public String key() {
    return reason.key;
  }

  /** The refusal among {@code e} and its causes, or null. */
  public static TemplateRefusal in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TemplateRefusal r) {
        return r;
      }
    }
    return null;
  }
}
