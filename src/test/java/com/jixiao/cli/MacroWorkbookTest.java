package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A macro-enabled workbook (once, its filled copy was an .xlsx that kept the macro content type, a
 * file Excel refuses to open). The filled copy is an ordinary .xlsx without the macros; the input
 * keeps them; an alert says so.
 */
class MacroWorkbookTest {
  @TempDir Path dir;

  private Path xlsm() throws Exception {
    Path input = dir.resolve("macro.xlsm");
    try (XSSFWorkbook wb = MiniWorkbook.valid().build();
        OutputStream out = Files.newOutputStream(input)) {
      wb.setWorkbookType(XSSFWorkbookType.XLSM);
      byte[] vba = "not a real VBA project, only its part".getBytes(StandardCharsets.US_ASCII);
      wb.setVBAProject(new ByteArrayInputStream(vba));
      wb.write(out);
    }
    return input;
  }

  @Test
  @DisplayName("an .xlsm gives an ordinary .filled.xlsx without its macros, and an alert says so")
  void aMacroWorkbookGivesAnOrdinaryFilledWorkbookWithoutTheMacros() throws Exception {
    Path input = xlsm();
    byte[] before = Files.readAllBytes(input);
    assertThat(entries(input)).anyMatch(n -> n.endsWith("vbaProject.bin"));
    Path out = dir.resolve("out");

    Captured run = Captured.run("run", input.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isZero();
    assertThat(CompleteOutput.check(out, "macro.xlsm")).isTrue();
    Path filled = out.resolve("macro.filled.xlsx");
    assertThat(entries(filled)).noneMatch(n -> n.endsWith(".bin"));
    String types = part(filled, "[Content_Types].xml");
    assertThat(types)
        .doesNotContain("macroEnabled")
        .doesNotContain("vbaProject")
        .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    assertThat(part(filled, "xl/_rels/workbook.xml.rels")).doesNotContain("vbaProject");
    try (InputStream in = Files.newInputStream(filled);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getWorkbookType()).isEqualTo(XSSFWorkbookType.XLSX);
      assertThat(wb.getSheet("预警")).isNotNull();
      String alerts = MiniWorkbook.read(filled).sheets().get("预警").toString();
      assertThat(alerts).contains("宏（VBA）").contains("不包含这些宏");
    }
    assertThat(Files.readAllBytes(input)).as("the input keeps its macros").isEqualTo(before);
  }

  private static List<String> entries(Path zip) throws Exception {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      return Collections.list(z.entries()).stream().map(e -> e.getName()).toList();
    }
  }

  private static String part(Path zip, String name) throws Exception {
    try (ZipFile z = new ZipFile(zip.toFile());
        InputStream in = z.getInputStream(z.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
