package com.jixiao.render;

import com.jixiao.i18n.Messages;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FreeMarker templates of the PDFs: the built-in copy of the project's top-level {@code
 * templates/} folder, or a user's copy ({@code --templates DIR}). Templates are XHTML ({@code
 * .ftlx}: every value is XML-escaped, so an agent named {@code <b>} prints as written). Labels come
 * from the message bundles through the function {@code t(key, args...)}.
 */
public final class Templates {
  public static final String SCORECARD = "scorecard.ftlx";
  public static final String TEAM_SUMMARY = "team-summary.ftlx";

  /** The built-in PDF templates' files: the two pages and the stylesheet they include. */
  public static final List<String> BUILT_IN_FILES = List.of(SCORECARD, TEAM_SUMMARY, "style.css");

  /**
   * The files the PDFs are made from, by name, in name order: the built-in ones, or every file at
   * the top of {@code dir} (a user's templates may include files of their own). For the run record:
   * a changed template is a changed fingerprint.
   */
  public static java.util.SortedMap<String, byte[]> sources(Optional<Path> dir) throws IOException {
    java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
    if (dir.isPresent()) {
      try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(dir.get())) {
        for (Path f : list.filter(java.nio.file.Files::isRegularFile).toList()) {
          files.put(f.getFileName().toString(), java.nio.file.Files.readAllBytes(f));
        }
      }
      return files;
    }
    for (String name : BUILT_IN_FILES) {
      try (java.io.InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
        if (in == null) {
          throw new IOException("the built-in template " + name + " is missing from the jar");
        }
        files.put(name, in.readAllBytes());
      }
    }
    return files;
  }

  /** Where the build puts the project's templates/ folder inside the jar. */
  private static final String BUILT_IN = "/templates";

  private final Configuration config;
  private final Optional<Path> dir;

  private Templates(Configuration config, Optional<Path> dir) {
    this.config = config;
    this.dir = dir;
  }

  /** The built-in templates, or those in {@code dir}. */
  public static Templates from(Optional<Path> dir) throws TemplateError {
    if (dir.isPresent() && !java.nio.file.Files.isDirectory(dir.get())) {
      throw new TemplateError(dir.get().toString(), 0, "templates folder not found", null);
    }
    Configuration config = new Configuration(Configuration.VERSION_2_3_35);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setNumberFormat("computer");
    config.setTemplateLoader(loader(dir));
    return new Templates(config, dir);
  }

  private static TemplateLoader loader(Optional<Path> dir) {
    if (dir.isEmpty()) {
      return new ClassTemplateLoader(Templates.class, BUILT_IN);
    }
    try {
      return new FileTemplateLoader(dir.get().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("opening the templates folder " + dir.get(), e);
    }
  }

  /** Checks the templates parse, before anything is rendered or written. */
  public void check(String... names) throws TemplateError {
    for (String name : names) {
      template(name);
    }
  }

  /**
   * Renders a template with {@code model} as the variable {@code model} (and its components at the
   * top level), plus {@code t(key, args...)} for labels in the messages' language.
   */
  public String render(String name, Object model, Messages messages) throws TemplateError {
    Template template = template(name);
    Map<String, Object> root = new HashMap<>();
    root.put("model", model);
    root.put("t", labels(messages));
    root.put("lang", messages.language().name().toLowerCase(java.util.Locale.ROOT));
    StringWriter out = new StringWriter();
    try {
      template.process(root, out);
    } catch (TemplateException e) {
      throw new TemplateError(
          fileName(e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name),
          e.getLineNumber() == null ? 0 : e.getLineNumber(),
          firstParagraph(e.getMessageWithoutStackTop()),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + name, e);
    }
    return out.toString();
  }

  private Template template(String name) throws TemplateError {
    try {
      return config.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new TemplateError(fileName(name), 0, "template file not found", e);
    } catch (ParseException e) {
      throw new TemplateError(
          fileName(e.getTemplateName() != null ? e.getTemplateName() : name),
          e.getLineNumber(),
          firstParagraph(e.getEditorMessage()),
          e);
    } catch (IOException e) {
      throw new TemplateError(fileName(name), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The file as the user knows it: the path in their folder, or templates/NAME when built in. */
  private String fileName(String name) {
    return dir.map(d -> d.resolve(name).toString()).orElse("templates/" + name);
  }

  /** FreeMarker's explanation without its tips (which follow a line of dashes). */
  private static String firstParagraph(String message) {
    String text = message == null ? "" : message;
    int tips = text.indexOf("\n----");
    String first = tips >= 0 ? text.substring(0, tips) : text;
    return first.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** {@code t("scorecard.total")}, {@code t("scorecard.rank_of", rank, n)}. */
  private static TemplateMethodModelEx labels(Messages messages) {
    return args -> {
      if (args.isEmpty()) {
        throw new TemplateModelException("t(key, args...) needs a message key");
      }
      List<?> list = args;
      String key =
          String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) list.get(0)));
      Object[] rest = new Object[list.size() - 1];
      for (int i = 1; i < list.size(); i++) {
        rest[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) list.get(i));
      }
      if (!messages.has(key)) {
        throw new TemplateModelException("no label with the key \"" + key + "\"");
      }
      return messages.format(key, rest);
    };
  }
}
