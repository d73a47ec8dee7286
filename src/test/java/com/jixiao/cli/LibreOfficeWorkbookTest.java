package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks saved by LibreOffice's own xlsx writer (src/test/resources/fixtures, made by
 * make-fixtures.sh): merged cells, hidden rows and sheets, autofilters, a title row above the
 * header, trailing formatted blank rows, rich text, text dates, money and percent text, formula
 * error values. Excel and WPS cannot be run here, so their files are not covered by fixtures.
 */
class LibreOfficeWorkbookTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path dir;

  @Test
  void aRealWorldLibreOfficeWorkbookWithEveryOddityIsAssessedWhole() throws Exception {
    Path input = copy("lo-real-world.xlsx");
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    assertThat(CompleteOutput.check(out, "lo-real-world.xlsx")).isTrue();
    try (InputStream in = Files.newInputStream(out.resolve("lo-real-world.filled.xlsx"));
        XSSFWorkbook filled = new XSSFWorkbook(in)) {
      Map<String, Row> scores = rowsById(filled.getSheet("考核得分"));
      assertThat(scores)
          .as("the hidden Agents row and the Monthly row under the title both count")
          .containsOnlyKeys("KF001", "KF002", "KF003", "KF004");
      assertThat(scores.get("KF001").getCell(1).getStringCellValue())
          .as("rich text read as its plain text")
          .isEqualTo("张三");
      assertThat(scores.get("KF002").getCell(1).getStringCellValue())
          .as("spaces around a name trimmed")
          .isEqualTo("李四");
      Map<String, Row> payroll = rowsById(filled.getSheet("工资表"));
      assertThat(payroll.get("KF002").getCell(3).getNumericCellValue())
          .as("a full-width salary level ２")
          .isEqualTo(2.0);
      assertThat(payroll.get("KF002").getCell(4).getNumericCellValue())
          .as("level wage typed as ¥4,000 on a hidden sheet")
          .isEqualTo(4000.0);
      Map<String, Row> quality = rowsById(filled.getSheet("质检汇总"));
      assertThat(quality.get("KF001").getCell(3).getNumericCellValue())
          .as("inspections dated 2026/9/1, 2026年9月2日 and a date cell")
          .isEqualTo(3.0);
      assertThat(quality.get("KF002").getCell(3).getNumericCellValue())
          .as("a date in full-width digits")
          .isEqualTo(1.0);
      Map<String, Row> summary = rowsByKey(filled.getSheet("汇总"));
      assertThat(summary.get("店铺营业额")).isNotNull();
      assertThat(summary.get("店铺营业额").getCell(1).getNumericCellValue())
          .as("store revenue typed as ¥1,234,567.00")
          .isEqualTo(1_234_567.0);
      assertThat(summary.get("奖金池").getCell(1).getNumericCellValue())
          .as("0.5% of it, the rate a percent-formatted cell")
          .isEqualTo(6172.84);
      assertThat(filled.getSheet("草稿")).as("an unknown hidden sheet is kept").isNotNull();
    }
  }

  @Test
  void errorsInALibreOfficeWorkbookWithATitleRowNameTheirRealCells() throws Exception {
    Path input = copy("lo-broken.xlsx");
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(CompleteOutput.check(out, "lo-broken.xlsx")).isFalse();
    String report = Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8);
    assertThat(report.lines().filter(l -> l.matches("\\d+\\. .*")).toList())
        .as("the header is row 2 under a merged title, so the first data row is row 3")
        .containsExactly(
            "1. 月度数据!C3：公式结果是错误值 #DIV/0!。修改方法：请修正该单元格的公式（如除数为 0、引用已删除），或直接填写数值。",
            "2. 月度数据!C4：“九万”不是数字。修改方法：请填写数字，例如 1234.50、1,234.50 或 ¥1,234.50。",
            "3. 月度数据!E4：公式结果是错误值 #REF!。修改方法：请修正该单元格的公式（如除数为 0、引用已删除），或直接填写数值。",
            "4. 质检记录!A2：“2026/13/1”不是日期。修改方法：日期请写成 2026-09-01、2026/9/1、2026年9月1日，或使用日期格式的单元格。");
  }

  private Path copy(String name) throws Exception {
    return Files.copy(FIXTURES.resolve(name), dir.resolve(name));
  }

  private static Map<String, Row> rowsById(Sheet sheet) {
    return rowsByKey(sheet);
  }

  /** Data rows by the text of column A (agent_id, or a Summary key). */
  private static Map<String, Row> rowsByKey(Sheet sheet) {
    Map<String, Row> rows = new HashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(0) != null) {
        rows.put(row.getCell(0).toString(), row);
      }
    }
    return rows;
  }
}
