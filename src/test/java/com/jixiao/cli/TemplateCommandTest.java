package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TemplateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new TemplateCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String firstDataSheet(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      return wb.getSheetName(1);
    }
  }

  @Test
  void writesAChineseWorkbookByDefaultAndPrintsItsPath() throws IOException {
    Path file = dir.resolve("模板.xlsx");
    assertThat(run(file.toString())).isZero();
    assertThat(out.toString()).contains(file.toAbsolutePath().toString());
    assertThat(firstDataSheet(file)).isEqualTo(SheetSchema.SETTINGS.zh());
  }

  @Test
  void writesAnEnglishWorkbookWithLangEnOrWithTheWordEnglishInChinese() throws IOException {
    Path en = dir.resolve("en.xlsx");
    Path yingwen = dir.resolve("yingwen.xlsx");
    assertThat(run("--lang", "en", en.toString())).isZero();
    assertThat(run("--lang", "英文", yingwen.toString())).isZero();
    assertThat(firstDataSheet(en)).isEqualTo(SheetSchema.SETTINGS.en());
    assertThat(firstDataSheet(yingwen)).isEqualTo(SheetSchema.SETTINGS.en());
  }

  @Test
  void refusesToOverwriteAnExistingFileWithExitStatus2() throws IOException {
    Path file = dir.resolve("mine.xlsx");
    Files.writeString(file, "not mine to lose");
    assertThat(run("--lang", "en", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("already exists").contains("--force");
    assertThat(Files.readString(file)).isEqualTo("not mine to lose");
  }

  @Test
  void overwritesAnExistingFileWithForce() throws IOException {
    Path file = dir.resolve("old.xlsx");
    Files.writeString(file, "old");
    assertThat(run("--force", "--lang", "zh", file.toString())).isZero();
    assertThat(firstDataSheet(file)).isEqualTo(SheetSchema.SETTINGS.zh());
  }

  @Test
  void anUnknownLanguageIsAUsageErrorAndWritesNothing() {
    Path file = dir.resolve("x.xlsx");
    assertThat(run("--lang", "fr", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("fr");
    assertThat(file).doesNotExist();
  }

  @Test
  void aMissingOutputPathIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("OUT.xlsx");
  }
}
