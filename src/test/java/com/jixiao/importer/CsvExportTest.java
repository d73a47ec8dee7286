package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.RawValue;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static List<String> cells(ExportRow row) {
    return row.cells().stream().map(RawValue::display).toList();
  }

  @Test
  @DisplayName("a number quoted because of its thousands separator stays one cell")
  void quotedThousands() {
    CsvExport.Parsed p = CsvExport.parse("旺旺,销售额,咨询人数\n小王,\"12,345.60\",\"1,024\"\n");
    assertThat(p.ok()).isTrue();
    assertThat(cells(p.rows().get(1))).containsExactly("小王", "12,345.60", "1,024");
  }

  @Test
  @DisplayName("a title row without separators does not make the file one column")
  void titleRowThenCommas() {
    CsvExport.Parsed p = CsvExport.parse("客服绩效报表 2026年9月\n旺旺,咨询人数\n小王,12\n");
    assertThat(p.rows()).hasSize(3);
    assertThat(cells(p.rows().get(2))).containsExactly("小王", "12");
  }

  @Test
  @DisplayName("tab-separated text with unquoted thousands separators is split on tabs")
  void tabSeparated() {
    CsvExport.Parsed p = CsvExport.parse("旺旺\t销售额\t咨询人数\n小王\t12,345.60\t1,024\n");
    assertThat(cells(p.rows().get(1))).containsExactly("小王", "12,345.60", "1,024");
  }

  @Test
  @DisplayName("Excel's sep=; line names the separator and stays a row, so row numbers match Excel")
  void sepLine() {
    CsvExport.Parsed p = CsvExport.parse("sep=;\n旺旺;咨询人数\n小王;12\n");
    assertThat(p.rows()).hasSize(3);
    assertThat(p.rows().get(2).number()).isEqualTo(3);
    assertThat(cells(p.rows().get(2))).containsExactly("小王", "12");
  }

  @Test
  @DisplayName("blank lines are rows, so row numbers are the ones a spreadsheet shows")
  void blankLinesCount() {
    CsvExport.Parsed p = CsvExport.parse("标题\n\n旺旺,咨询人数\n小王,12\n");
    assertThat(p.rows().get(3).number()).isEqualTo(4);
    assertThat(p.rows().get(1).isBlank()).isTrue();
  }

  @Test
  @DisplayName("doubled quotes and a line break inside quotes are one cell")
  void quotesAndLineBreaks() {
    CsvExport.Parsed p = CsvExport.parse("旺旺,备注\n小王,\"说了 \"\"你好\"\"\n第二行\"\n");
    assertThat(cells(p.rows().get(1))).containsExactly("小王", "说了 \"你好\"\n第二行");
  }

  @Test
  @DisplayName("Excel's =\"0012\" is the text 0012")
  void excelTextFormula() {
    CsvExport.Parsed p = CsvExport.parse("工号,咨询人数\n=\"0012\",5\n");
    assertThat(cells(p.rows().get(1))).containsExactly("0012", "5");
  }

  @Test
  @DisplayName("an opening quote never closed is reported at its row")
  void unclosedQuote() {
    CsvExport.Parsed p = CsvExport.parse("旺旺,咨询人数\n小王,12\n\"小李,13\n小张,14\n");
    assertThat(p.ok()).isFalse();
    assertThat(p.badLine()).isEqualTo(3);
  }
}
