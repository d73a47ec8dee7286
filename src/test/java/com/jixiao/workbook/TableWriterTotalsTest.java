package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.TableColumn.Format;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTotalsTest {
  private record Line(String name, BigDecimal amount) {}

  private static final List<TableColumn<Line>> COLUMNS =
      List.of(
          TableColumn.of("name", Format.TEXT, Line::name),
          TableColumn.<Line>of("amount", Format.CURRENCY, Line::amount).withTotal());

  @Test
  void aTotalsRowHasSumFormulasWhoseCachedValuesAreTheExactSumOfTheRows() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      // 0.1 + 0.2 as doubles is 0.30000000000000004; the cached value must be 0.30 exactly
      List<Line> lines =
          List.of(new Line("a", new BigDecimal("0.10")), new Line("b", new BigDecimal("0.20")));
      Sheet s =
          new TableWriter(wb)
              .write("t", COLUMNS, lines, TableLayout.withTotals("合计").forPrinting());
      assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(s.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(s.getRow(3).getCell(1).getCellFormula()).isEqualTo("SUM(B2:B3)");
      assertThat(s.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(0.3);
      assertThat(wb.getPrintArea(0)).isEqualTo("t!$A$1:$B$4");
      assertThat(new DataFormatter().formatCellValue(s.getRow(1).getCell(1))).isEqualTo("¥0.10");
    }
  }

  @Test
  void anEmptyTableHasAZeroTotalAndNoFormulaThatWouldSumTheHeader() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = new TableWriter(wb).write("t", COLUMNS, List.of(), TableLayout.withTotals("合计"));
      assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isZero();
    }
  }

  @Test
  void theCurrencyFormatShowsYuanForCnyAndTheCodeForOtherCurrencies() {
    assertThat(TableWriter.currencyPattern("CNY")).isEqualTo("\"¥\"#,##0.00");
    assertThat(TableWriter.currencyPattern("人民币")).isEqualTo("\"¥\"#,##0.00");
    assertThat(TableWriter.currencyPattern("USD")).isEqualTo("\"USD \"#,##0.00");
  }

  @Test
  void aColumnCanFormatEachRowItsOwnWay() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      TableColumn<Object[]> value =
          TableColumn.<Object[]>of("value", Format.TEXT, r -> r[0])
              .withFormatOf(r -> (Format) r[1]);
      Sheet s =
          new TableWriter(wb)
              .write(
                  "kv",
                  List.of(value),
                  List.of(
                      new Object[] {"2026-09", Format.TEXT},
                      new Object[] {new BigDecimal("1234.5"), Format.CURRENCY},
                      new Object[] {new BigDecimal("0.12345"), Format.DECIMAL4}));
      DataFormatter f = new DataFormatter();
      assertThat(f.formatCellValue(s.getRow(1).getCell(0))).isEqualTo("2026-09");
      assertThat(f.formatCellValue(s.getRow(2).getCell(0))).isEqualTo("¥1,234.50");
      assertThat(f.formatCellValue(s.getRow(3).getCell(0))).isEqualTo("0.1235");
    }
  }
}
