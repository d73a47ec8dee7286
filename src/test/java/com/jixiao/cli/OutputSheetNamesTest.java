package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.output.OutputSheet;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every input sheet survives a run, whatever its name: output sheets are recognised by their mark,
 * not their name, and never take the name of a sheet the user keeps.
 */
class OutputSheetNamesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("no output sheet is named like an input sheet of the standard workbook")
  void outputNamesNeverMatchAnInputSheet(Language language) {
    Messages messages = new Messages(language);
    for (OutputSheet sheet : OutputSheet.ALL) {
      String name = messages.format(sheet.nameKey());
      for (SheetSchema schema : SheetSchema.values()) {
        assertThat(schema.matches(name)).as(name + " vs " + schema).isFalse();
      }
    }
  }

  @Test
  @DisplayName("an English workbook keeps its Quality sheet, validates again and runs again")
  void englishQualitySheetIsKept() throws Exception {
    Path input = copy(Path.of("sample-workbooks/sample-en.xlsx"), "sample-en.xlsx");
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    Path filled = out.resolve("sample-en.filled.xlsx");

    assertInputSheetsKept(input, filled);
    assertThat(sheetNames(filled)).contains("Quality", "QA summary");
    assertThat(Main.execute("validate", filled.toString())).isZero();

    Path again = copy(filled, "again.xlsx");
    Path out2 = dir.resolve("out2");
    assertThat(Main.execute("run", again.toString(), "--out", out2.toString())).isZero();
    assertThat(sheetNames(out2.resolve("again.filled.xlsx"))).isEqualTo(sheetNames(filled));
    assertInputSheetsKept(input, out2.resolve("again.filled.xlsx"));
  }

  @Test
  @DisplayName("mail reads the folder of a filled English workbook")
  void mailReadsAnEnglishFolder() throws Exception {
    Path input = copy(Path.of("sample-workbooks/sample-en.xlsx"), "sample-en.xlsx");
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();

    assertThat(Main.execute("mail", out.toString(), "--dry-run")).isZero();
  }

  @Test
  @DisplayName("an English template workbook keeps its Quality sheet on its first run")
  void englishTemplateFirstRun() throws Exception {
    Path template = dir.resolve("template-en.xlsx");
    assertThat(Main.execute("template", "--lang", "en", template.toString())).isZero();
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", template.toString(), "--out", out.toString())).isZero();

    assertInputSheetsKept(template, out.resolve("template-en.filled.xlsx"));
  }

  @Test
  @DisplayName("a user's own sheets named like output sheets are kept; the outputs take free names")
  void userSheetsWithOutputNamesAreKept() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .sheet("汇总", List.of("店铺自己的汇总"), List.of("保留我"))
            .sheet("预警", List.of("自己的预警"), List.of("也保留我"))
            .sheet("Payroll", List.of("own payroll"), List.of(1234.5));
    Path input = w.save(dir.resolve("own.xlsx"));
    Path out = dir.resolve("out");
    String printed = run(input, out);

    Path filled = out.resolve("own.filled.xlsx");
    assertInputSheetsKept(input, filled);
    List<String> names = sheetNames(filled);
    assertThat(names.subList(0, sheetNames(input).size())).isEqualTo(sheetNames(input));
    assertThat(names).contains("汇总 (2)", "预警 (2)", "工资表");
    try (XSSFWorkbook wb = open(filled)) {
      assertThat(text(wb.getSheet("汇总 (2)"))).contains("2026-09");
      assertThat(text(wb.getSheet("预警 (2)"))).contains("结果表改名").contains("“汇总”");
    }
    assertThat(printed).contains("已完成");
  }

  @Test
  @DisplayName("a re-run replaces only its own earlier sheets, even renamed and saved by Excel")
  void rerunReplacesOnlyMarkedSheets() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid().sheet("汇总", List.of("店铺自己的汇总"), List.of("保留我"));
    Path input = w.save(dir.resolve("own.xlsx"));
    Path out = dir.resolve("out");
    run(input, out);
    Path filled = out.resolve("own.filled.xlsx");

    // the user renames our summary and saves the file in a spreadsheet program (here: POI,
    // which rewrites every part as Excel does)
    Path edited = dir.resolve("edited.xlsx");
    try (XSSFWorkbook wb = open(filled);
        OutputStream os = Files.newOutputStream(edited)) {
      wb.setSheetName(wb.getSheetIndex("汇总 (2)"), "上月汇总");
      wb.write(os);
    }
    Path out2 = dir.resolve("out2");
    run(edited, out2);

    List<String> names = sheetNames(out2.resolve("edited.filled.xlsx"));
    assertThat(names).doesNotContain("上月汇总").contains("汇总", "汇总 (2)", "考核得分");
    assertThat(names.stream().filter(n -> n.equals("考核得分"))).hasSize(1);
    assertInputSheetsKept(input, out2.resolve("edited.filled.xlsx"));
  }

  private String run(Path input, Path out) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private Path copy(Path from, String name) throws Exception {
    return Files.copy(from, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void assertInputSheetsKept(Path input, Path filled) throws Exception {
    try (XSSFWorkbook original = open(input);
        XSSFWorkbook result = open(filled)) {
      for (Sheet sheet : original) {
        Sheet kept = result.getSheet(sheet.getSheetName());
        assertThat(kept).as(sheet.getSheetName()).isNotNull();
        SheetComparison.assertSameSheet(sheet, kept);
      }
    }
  }

  private static List<String> sheetNames(Path xlsx) throws Exception {
    List<String> names = new ArrayList<>();
    try (XSSFWorkbook wb = open(xlsx)) {
      wb.forEach(s -> names.add(s.getSheetName()));
    }
    return names;
  }

  private static String text(Sheet sheet) {
    StringBuilder b = new StringBuilder();
    for (Row row : sheet) {
      row.forEach(c -> b.append(c).append('\t'));
      b.append('\n');
    }
    return b.toString();
  }

  private static XSSFWorkbook open(Path xlsx) throws Exception {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(in);
    }
  }
}
