package com.jixiao.service;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.render.SandboxedConfiguration;
import com.jixiao.render.TemplateFolder;
import com.jixiao.render.TemplateRefusal;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mail wording: FreeMarker templates {@code mail/subject_<lang>.ftl} and {@code
 * mail/body_<lang>.ftl}, from a user's copy of {@code templates/} when given (files missing there
 * fall back), else from the copy built into the jar. A user's copy runs in the same sandbox as the
 * PDF templates ({@link SandboxedConfiguration}, {@link TemplateFolder}); what it gets wrong is a
 * {@link MailTemplateError}, which {@code mail} reports with exit status 2.
 */
public final class MailTemplates {
  private final Configuration config;
  private final Optional<Path> userCopy;

  /** Why the user's folder cannot be used (a link, missing); reported at the first mail. */
  private final TemplateRefusal folderRefused;

  public MailTemplates(Optional<Path> userCopy) {
    this.userCopy = userCopy;
    TemplateLoader builtIn = TemplateFolder.builtIn().loader();
    TemplateLoader loader = builtIn;
    TemplateRefusal refused = null;
    if (userCopy.isPresent()) {
      try {
        TemplateLoader user = TemplateFolder.of(userCopy.get()).loader();
        loader = new MultiTemplateLoader(new TemplateLoader[] {user, builtIn});
      } catch (TemplateRefusal r) {
        refused = r;
      }
    }
    folderRefused = refused;
    config = SandboxedConfiguration.create(loader);
    config.setLocalizedLookup(false);
  }

  public String subject(Language language, Map<String, Object> model) throws IOException {
    // a subject is one line, whatever the template's trailing newline
    return render("subject", language, model).strip().replaceAll("\\s*\\R\\s*", " ");
  }

  public String body(Language language, Map<String, Object> model) throws IOException {
    return render("body", language, model);
  }

  private String render(String part, Language language, Map<String, Object> model)
      throws IOException {
    Messages messages = new Messages(language);
    if (folderRefused != null) {
      throw new MailTemplateError(
          userCopy.orElseThrow().toString(),
          0,
          messages.format(folderRefused.key(), folderRefused.subject()),
          folderRefused);
    }
    String name = "mail/" + part + "_" + language.name().toLowerCase(Locale.ROOT) + ".ftl";
    StringWriter out = new StringWriter();
    try {
      config.getTemplate(name).process(model, out);
    } catch (ParseException e) {
      throw new MailTemplateError(
          fileName(e.getTemplateName() != null ? e.getTemplateName() : name),
          e.getLineNumber(),
          problem(e, firstLine(e.getEditorMessage()), messages),
          e);
    } catch (TemplateException e) {
      throw new MailTemplateError(
          fileName(e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name),
          e.getLineNumber() == null ? 0 : e.getLineNumber(),
          problem(e, firstLine(e.getMessageWithoutStackTop()), messages),
          e);
    } catch (IOException e) {
      if (TemplateRefusal.in(e) == null) {
        throw e;
      }
      throw new MailTemplateError(fileName(name), 0, problem(e, "", messages), e);
    }
    return out.toString();
  }

  private String fileName(String name) {
    return userCopy.map(d -> d.resolve(name).toString()).orElse("templates/" + name);
  }

  private static String problem(Throwable e, String freeMarkers, Messages messages) {
    TemplateRefusal refused = TemplateRefusal.in(e);
    return refused == null ? freeMarkers : messages.format(refused.key(), refused.subject());
  }

  /** FreeMarker's explanation without its tips (which follow a line of dashes), on one line. */
  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int tips = text.indexOf("\n----");
    return (tips >= 0 ? text.substring(0, tips) : text).strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /**
   * A mail template could not be used: bad syntax, an unknown name, something the sandbox refused.
   * Names the template file (the user's path, or templates/mail/… when built in) and line. An
   * {@link IOException} so it passes through the mail plan; a problem to fix, not a bug.
   */
  public static final class MailTemplateError extends IOException {
    private final String file;
    private final int line;
    private final String problem;

    MailTemplateError(String file, int line, String problem, Throwable cause) {
      super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
      this.file = file;
      this.line = line;
      this.problem = problem;
    }

    public String file() {
      return file;
    }

    /** 1-based; 0 when the problem has no line. */
    public int line() {
      return line;
    }

    public String problem() {
      return problem;
    }
  }
}
