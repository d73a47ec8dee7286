package com.jixiao.render;

import com.jixiao.files.FileNames;
import com.jixiao.i18n.Messages;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The FreeMarker templates of the PDFs: the built-in copy of the project's top-level {@code
 * templates/} folder, or a user's copy ({@code --templates DIR}). Templates are XHTML ({@code
 * .ftlx}: every value is XML-escaped, so an agent named {@code <b>} prints as written). Labels come
 * from the message bundles through the function {@code t(key, args...)}.
 */
public final class Templates {
  public static final String SCORECARD = "scorecard.ftlx";
  public static final String TEAM_SUMMARY = "team-summary.ftlx";
  public static final String WHATIF = "whatif.ftlx";

  /** The built-in PDF templates' files: the two pages and the stylesheet they include. */
  public static final List<String> BUILT_IN_FILES = List.of(SCORECARD, TEAM_SUMMARY, "style.css");

  /**
   * The files the PDFs are made from, by name, in name order: the built-in ones, or every file at
   * the top of {@code dir} (a user's templates may include files of their own). For the run record:
   * a changed template is a changed fingerprint.
   */
  public static SortedMap<String, byte[]> sources(Optional<Path> dir) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (dir.isPresent()) {
      try (Stream<Path> list = Files.list(dir.get())) {
        for (Path f : list.filter(Files::isRegularFile).toList()) {
          files.put(FileNames.nameOf(f), Files.readAllBytes(f));
        }
      }
      return files;
    }
    for (String name : BUILT_IN_FILES) {
      try (InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
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
  private final TemplateFolder folder;

  /** Why the folder cannot be used (a link, missing); reported by {@link #check}. */
  private final TemplateRefusal folderRefused;

  private Templates(
      Configuration config, Optional<Path> dir, TemplateFolder folder, TemplateRefusal refused) {
    this.config = config;
    this.dir = dir;
    this.folder = folder;
    this.folderRefused = refused;
  }

  /**
   * The built-in templates, or those in {@code dir}. A folder that cannot be used (missing, a
   * symbolic link) is reported by {@link #check}, in the messages' language.
   */
  public static Templates from(Optional<Path> dir) throws TemplateError {
    TemplateFolder folder = TemplateFolder.builtIn();
    TemplateRefusal refused = null;
    if (dir.isPresent()) {
      try {
        folder = TemplateFolder.of(dir.get());
      } catch (TemplateRefusal r) {
        refused = r;
      }
    }
    Configuration config = SandboxedConfiguration.create(folder.loader());
    config.setFallbackOnNullLoopVariable(false);
    config.setNumberFormat("computer");
    return new Templates(config, dir, folder, refused);
  }

  /** Where the templates are, and where the pages may load files from. */
  public TemplateFolder folder() {
    return folder;
  }

  /** Checks the folder can be used and the templates parse, before anything is rendered. */
  public void check(Messages messages, String... names) throws TemplateError {
    if (folderRefused != null) {
      throw new TemplateError(
          dir.orElseThrow().toString(),
          0,
          messages.format(folderRefused.key(), folderRefused.subject()),
          folderRefused);
    }
    for (String name : names) {
      template(name, messages);
    }
  }

  /**
   * Renders a template with {@code model} as the variable {@code model} (and its components at the
   * top level), plus {@code t(key, args...)} for labels in the messages' language.
   */
  public String render(String name, Object model, Messages messages) throws TemplateError {
    Template template = template(name, messages);
    Map<String, Object> root = new HashMap<>();
    root.put("model", model);
    root.put("t", labels(messages));
    root.put("lang", messages.language().name().toLowerCase(Locale.ROOT));
    StringWriter out = new StringWriter();
    try {
      template.process(root, out);
    } catch (TemplateException e) {
      throw new TemplateError(
          fileName(e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name),
          e.getLineNumber() == null ? 0 : e.getLineNumber(),
          problem(e, firstParagraph(e.getMessageWithoutStackTop()), messages),
          e);
    } catch (IOException e) {
      if (TemplateRefusal.in(e) != null) {
        throw new TemplateError(fileName(name), 0, problem(e, "", messages), e);
      }
      throw new UncheckedIOException("rendering " + name, e);
    }
    return out.toString();
  }

  private Template template(String name, Messages messages) throws TemplateError {
    try {
      return config.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new TemplateError(fileName(name), 0, "template file not found", e);
    } catch (ParseException e) {
      throw new TemplateError(
          fileName(e.getTemplateName() != null ? e.getTemplateName() : name),
          e.getLineNumber(),
          problem(e, firstParagraph(e.getEditorMessage()), messages),
          e);
    } catch (IOException e) {
      throw new TemplateError(
          fileName(name), 0, problem(e, "cannot read: " + e.getMessage(), messages), e);
    }
  }

  /**
   * The sandbox's reason in the messages' language when it refused something, else FreeMarker's.
   */
  private static String problem(Throwable e, String freeMarkers, Messages messages) {
    TemplateRefusal refused = TemplateRefusal.in(e);
    return refused == null ? freeMarkers : messages.format(refused.key(), refused.subject());
  }

  /**
   * A problem of a page a template made (a file it refers to was refused, the XHTML is broken), as
   * a template error naming the template.
   */
  public TemplateError pageError(String name, Exception e, Messages messages) {
    if (e instanceof MalformedPage m) {
      return new TemplateError(
          fileName(name),
          0,
          messages.format("render.page_not_xhtml", String.valueOf(m.line()), m.getMessage()),
          e);
    }
    return new TemplateError(fileName(name), 0, problem(e, String.valueOf(e), messages), e);
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
