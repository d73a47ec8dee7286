package com.jixiao.service;

import com.jixiao.model.Language;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mail wording: FreeMarker templates {@code mail/subject_<lang>.ftl} and {@code
 * mail/body_<lang>.ftl}, from a user's copy of {@code templates/} when given (files missing there
 * fall back), else from the copy built into the jar.
 */
public final class MailTemplates {
  private final Configuration config;

  public MailTemplates(Optional<Path> userCopy) throws IOException {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setLocalizedLookup(false);
    TemplateLoader builtIn = new ClassTemplateLoader(MailTemplates.class, "/templates");
    config.setTemplateLoader(
        userCopy.isPresent()
            ? new MultiTemplateLoader(
                new TemplateLoader[] {new FileTemplateLoader(userCopy.get().toFile()), builtIn})
            : builtIn);
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
    String name = "mail/" + part + "_" + language.name().toLowerCase(Locale.ROOT) + ".ftl";
    StringWriter out = new StringWriter();
    try {
      config.getTemplate(name).process(model, out);
    } catch (TemplateException e) {
      throw new IOException("rendering mail template " + name + ": " + e.getMessage(), e);
    }
    return out.toString();
  }
}
