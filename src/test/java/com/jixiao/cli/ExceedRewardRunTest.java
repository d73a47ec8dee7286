package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.render.PdfText;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extra reward for exceeding an item through the real CLI: off by default (Payroll as before),
 * and when the Parameters sheet turns it on, a Payroll column with a comment saying why, counted in
 * gross pay, and a line on the scorecard.
 */
class ExceedRewardRunTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");

  @TempDir Path dir;

  private static Map<String, Integer> headers(Sheet sheet) {
    Map<String, Integer> h = new LinkedHashMap<>();
    sheet.getRow(0).forEach(c -> h.put(c.getStringCellValue(), c.getColumnIndex()));
    return h;
  }

  private static BigDecimal money(Row row, int column) {
    return BigDecimal.valueOf(row.getCell(column).getNumericCellValue())
        .setScale(2, RoundingMode.HALF_UP);
  }

  private XSSFWorkbook run(Path workbook, Path out) throws Exception {
    assertThat(Main.execute("run", workbook.toString(), "--out", out.toString())).isZero();
    String base = workbook.getFileName().toString().replace(".xlsx", "");
    try (InputStream in = Files.newInputStream(out.resolve(base + ".filled.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  @DisplayName("off by default: the sample's Payroll has no exceed-reward column")
  void offByDefault() throws Exception {
    try (XSSFWorkbook wb = run(ZH, dir.resolve("plain"))) {
      assertThat(headers(wb.getSheet("工资表"))).doesNotContainKey("超额奖励");
    }
  }

  @Test
  @DisplayName(
      "sales completion ≥ 110% pays 100 + 5% of performance pay: its own Payroll column,"
          + " in gross pay, explained in the comment and on the scorecard")
  void onThroughTheParametersSheet() throws Exception {
    Path copy =
        RuleSheetCopies.withParameters(
            ZH,
            dir.resolve("exceed.xlsx"),
            Map.of(
                "exceed.sales_completion.threshold", "110%",
                "exceed.sales_completion.amount", "100",
                "exceed.sales_completion.share", "5%"));
    Path out = dir.resolve("out");
    try (XSSFWorkbook wb = run(copy, out)) {
      Sheet payroll = wb.getSheet("工资表");
      Map<String, Integer> h = headers(payroll);
      assertThat(h.keySet()).containsSubsequence("奖励", "超额奖励", "罚款", "积分奖金", "应发工资");
      int rewarded = 0;
      for (int r = 1; r < payroll.getLastRowNum(); r++) {
        Row row = payroll.getRow(r);
        BigDecimal exceed = money(row, h.get("超额奖励"));
        BigDecimal parts =
            money(row, h.get("级别工资"))
                .add(money(row, h.get("绩效工资实发")))
                .add(money(row, h.get("提成")))
                .add(money(row, h.get("奖励")))
                .add(exceed)
                .subtract(money(row, h.get("罚款")))
                .add(money(row, h.get("积分奖金")));
        assertThat(money(row, h.get("应发工资"))).as("row %d", r + 1).isEqualTo(parts);
        if (exceed.signum() > 0) {
          rewarded++;
          // 100 + round2(5% × performance pay), no cap
          BigDecimal expected =
              new BigDecimal("100")
                  .add(money(row, h.get("绩效工资实发")).multiply(new BigDecimal("0.05")))
                  .setScale(2, RoundingMode.HALF_UP);
          assertThat(exceed).isEqualTo(expected);
          String comment = row.getCell(h.get("超额奖励")).getCellComment().getString().getString();
          assertThat(comment).startsWith("销售额完成率 ").contains("≥ 110%：100 + 5% × ");
          String id = row.getCell(0).getStringCellValue();
          // the label wraps in the narrow column ("超额奖\n励"); the reached line does not
          assertThat(PdfText.of(out.resolve("scorecards/" + id + ".pdf")))
              .contains("销售额完成率 ")
              .contains("≥ 110%")
              .contains("¥" + String.format("%,.2f", exceed));
        } else {
          assertThat(row.getCell(h.get("超额奖励")).getCellComment()).isNull();
        }
      }
      assertThat(rewarded).as("agents above 110% in the sample").isPositive();
    }
  }
}
