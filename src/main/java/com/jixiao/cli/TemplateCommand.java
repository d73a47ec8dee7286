package com.jixiao.cli;

import com.jixiao.model.Language;
import com.jixiao.workbook.template.TemplateTexts;
import com.jixiao.workbook.template.TemplateWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code template [--lang zh|en] [--force] OUT.xlsx}: writes a blank standard workbook. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Writes a blank standard workbook with instructions, in Chinese or English.")
public final class TemplateCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int INVALID = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      defaultValue = "zh",
      paramLabel = "zh|en",
      description =
          "Language of sheet names, headers and instructions (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--force", description = "Overwrite OUT if it exists.")
  boolean force;

  @Parameters(index = "0", paramLabel = "OUT.xlsx", description = "The workbook to write.")
  Path out;

  @Override
  public Integer call() {
    Optional<Language> language = Language.parse(lang);
    if (language.isEmpty()) {
      spec.commandLine().getErr().println(TemplateTexts.of(Language.EN).text("cli.language", lang));
      return INVALID;
    }
    TemplateTexts texts = TemplateTexts.of(language.get());
    if (Files.exists(out) && !force) {
      spec.commandLine().getErr().println(texts.text("cli.exists", out));
      return INVALID;
    }
    try {
      new TemplateWriter().write(language.get(), out);
    } catch (IOException e) {
      spec.commandLine().getErr().println(texts.text("cli.failed", out, e.getMessage()));
      return FAILED;
    }
    spec.commandLine().getOut().println(texts.text("cli.written", out.toAbsolutePath()));
    return OK;
  }
}
