package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.importer.ColumnPlan.ColumnUse;
import com.jixiao.importer.ColumnPlan.Skip;
import com.jixiao.workbook.RawValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ColumnPlanTest {
  private static ExportSheet sheet(String... csvLines) {
    return new ExportSheet(
        new ExportSource("t.csv", Optional.empty(), 0),
        CsvExport.parse(String.join("\n", csvLines)).rows());
  }

  private static ColumnPlan plan(ImportMap map, String... csvLines) {
    return ColumnPlan.find(sheet(csvLines), HeaderAliases.builtIn(), map).orElseThrow();
  }

  private static ColumnUse column(ColumnPlan plan, String header) {
    return plan.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("the header is found below title rows, and each column's use is known")
  void headerBelowTitles() {
    ColumnPlan p =
        plan(
            ImportMap.none(),
            "客服绩效报表",
            "统计时间：2026-09-01 至 2026-09-30,,,",
            "旺旺,咨询人数,询单转化率,直播间人数",
            "小王,12,50%,3");
    assertThat(p.headerNumber()).isEqualTo(3);
    assertThat(column(p, "旺旺").field()).contains(ImportField.AGENT);
    assertThat(column(p, "咨询人数").field()).contains(ImportField.INQUIRIES);
    assertThat(column(p, "询单转化率").skip()).contains(Skip.DERIVED);
    assertThat(column(p, "直播间人数").skip()).contains(Skip.UNKNOWN);
    assertThat(p.fields()).containsExactly(ImportField.AGENT, ImportField.INQUIRIES);
  }

  @Test
  @DisplayName("with 咨询人数 and 询单人数 both present, 咨询人数 gives inquiries and 询单人数 is shadowed")
  void preferredAliasWins() {
    ColumnPlan p = plan(ImportMap.none(), "旺旺,询单人数,咨询人数", "小王,10,12");
    assertThat(p.columnOf(ImportField.INQUIRIES).orElseThrow().header()).isEqualTo("咨询人数");
    ColumnUse shadowed = column(p, "询单人数");
    assertThat(shadowed.skip()).contains(Skip.SHADOWED);
    assertThat(shadowed.shadowedBy()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "the ImportMap sheet comes first: it maps unknown headers, overrides aliases, ignores")
  void importMapFirst() {
    ImportMap map =
        new ImportMap(
            List.of(
                new ImportMap.Entry("客服花名", Optional.of(ImportField.AGENT)),
                new ImportMap.Entry("询单人数", Optional.of(ImportField.INQUIRIES)),
                new ImportMap.Entry("销售额", Optional.empty())));
    ColumnPlan p = plan(map, "客服花名,咨询人数,询单人数,销售额", "小王,12,10,100");
    assertThat(column(p, "客服花名").field()).contains(ImportField.AGENT);
    assertThat(p.columnOf(ImportField.INQUIRIES).orElseThrow().header()).isEqualTo("询单人数");
    assertThat(column(p, "咨询人数").skip()).contains(Skip.SHADOWED);
    assertThat(column(p, "销售额").skip()).contains(Skip.MAPPED_IGNORE);
  }

  @Test
  @DisplayName("a table without an agent column and a figure has no header")
  void noHeader() {
    assertThat(ColumnPlan.find(sheet("姓名,部门", "小王,客服部"), HeaderAliases.builtIn(), ImportMap.none()))
        .isEmpty();
    assertThat(
            ColumnPlan.find(sheet("咨询人数,销售额", "12,100"), HeaderAliases.builtIn(), ImportMap.none()))
        .isEmpty();
  }

  @Test
  @DisplayName("a header below the first 30 rows is not searched for")
  void headerWindow() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ColumnPlan.HEADER_WINDOW; i++) {
      lines.add("说明第" + i + "行");
    }
    lines.add("旺旺,咨询人数");
    assertThat(
            ColumnPlan.find(
                sheet(lines.toArray(String[]::new)), HeaderAliases.builtIn(), ImportMap.none()))
        .isEmpty();
  }

  @Test
  @DisplayName("number cells are never a header")
  void numbersAreNotHeaders() {
    ExportSheet s =
        new ExportSheet(
            new ExportSource("t.xlsx", Optional.of("S"), 0),
            List.of(
                new ExportRow(
                    1,
                    List.of(
                        new RawValue.Str("旺旺"), new RawValue.Num(java.math.BigDecimal.ONE, false))),
                new ExportRow(2, List.of(new RawValue.Str("旺旺"), new RawValue.Str("咨询人数")))));
    assertThat(
            ColumnPlan.find(s, HeaderAliases.builtIn(), ImportMap.none())
                .orElseThrow()
                .headerNumber())
        .isEqualTo(2);
  }
}
