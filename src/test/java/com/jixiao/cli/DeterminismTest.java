package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import com.jixiao.workbook.output.FilledWorkbookWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same workbook gives the same results twice, and the filled workbook's money adds up to the
 * cent as Finance reads it.
 */
@Timeout(120)
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void theSameWorkbookGivesTheSameValuesAndByteIdenticalPdfsTwice() throws Exception {
    Path input = Files.copy(Path.of("sample-workbooks/sample-zh.xlsx"), dir.resolve("月报.xlsx"));
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertThat(Main.execute("run", input.toString(), "--out", first.toString())).isZero();
    assertThat(Main.execute("run", input.toString(), "--out", second.toString())).isZero();
    List<Path> files = files(first);
    assertThat(files.stream().map(first::relativize).toList())
        .isEqualTo(files(second).stream().map(second::relativize).toList());
    for (Path a : files) {
      Path b = second.resolve(first.relativize(a));
      if (a.toString().endsWith(".pdf") || a.toString().endsWith(".ics")) {
        assertThat(Files.readAllBytes(b))
            .as(first.relativize(a).toString())
            .isEqualTo(Files.readAllBytes(a));
      }
    }
    assertThat(values(second.resolve("月报.filled.xlsx")))
        .isEqualTo(values(first.resolve("月报.filled.xlsx")));
  }

  @Test
  void thePayrollTotalsRowAndThePointsPayoutsAddUpToTheCentInRandomWorkbooks() throws Exception {
    Random random = new Random(9);
    for (int i = 0; i < 60; i++) {
      MiniWorkbook w = MiniWorkbook.valid();
      w.append("设置", MiniWorkbook.row("店铺营业额", random.nextInt(100_000_000) / 100.0));
      w.append("设置", MiniWorkbook.row("奖金池比例", random.nextInt(300) / 10_000.0));
      for (int r = 2; r <= 9; r++) {
        w.set("月度数据", r, "销售额", random.nextInt(30_000_000) / 100.0);
        w.set("月度数据", r, "好评数", random.nextInt(100));
      }
      Path input = w.save(dir.resolve("w" + i + ".xlsx"));
      ReadResult read = WorkbookReader.read(input);
      assertThat(read.ok()).as(read.errors().toString()).isTrue();
      MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
      Path filled = dir.resolve("w" + i + ".filled.xlsx");
      new FilledWorkbookWriter(new Messages(read.language())).write(input, report, filled);
      try (InputStream in = Files.newInputStream(filled);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        checkTotalsRow(wb.getSheet("工资表"), "workbook " + i);
        Sheet points = wb.getSheet("积分奖金");
        BigDecimal paid = columnSum(points, 3, points.getLastRowNum());
        assertThat(paid)
            .as("workbook " + i + ": payouts are the pool")
            .isEqualByComparingTo(report.money().pool().paidOut());
        if (report.money().pool().totalPoints().signum() > 0) {
          assertThat(paid).isEqualByComparingTo(report.money().pool().pool());
        }
      }
    }
  }

  /** Every SUM cell of the last row holds, to the cent, the sum of the cells above it. */
  private static void checkTotalsRow(Sheet sheet, String where) {
    Row totals = sheet.getRow(sheet.getLastRowNum());
    int checked = 0;
    for (Cell cell : totals) {
      if (cell.getCellType() != CellType.FORMULA) {
        continue;
      }
      BigDecimal cached = cents(cell.getNumericCellValue());
      BigDecimal sum = columnSum(sheet, cell.getColumnIndex(), sheet.getLastRowNum() - 1);
      assertThat(cached).as(where + " " + cell.getAddress()).isEqualByComparingTo(sum);
      checked++;
    }
    assertThat(checked).as(where + ": the payroll has summed columns").isGreaterThan(5);
  }

  /** The sum of a column's number cells in rows 2 to {@code lastRow + 1}, each read to the cent. */
  private static BigDecimal columnSum(Sheet sheet, int column, int lastRow) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 1; r <= lastRow; r++) {
      Cell c = sheet.getRow(r).getCell(column);
      if (c != null && c.getCellType() == CellType.NUMERIC) {
        sum = sum.add(cents(c.getNumericCellValue()));
      }
    }
    return sum;
  }

  private static BigDecimal cents(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Every cell of every sheet: sheet, address, type, value. */
  private static List<String> values(Path xlsx) throws Exception {
    List<String> values = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            values.add(
                sheet.getSheetName()
                    + "!"
                    + cell.getAddress()
                    + " "
                    + cell.getCellType()
                    + " "
                    + cell);
          }
        }
      }
    }
    assertThat(values).hasSizeGreaterThan(1000);
    return values;
  }
}
