package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.importer.ImportOutcome.AgentFigures;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlySheetEditTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final String MONTHLY_PART = "xl/worksheets/sheet4.xml"; // MiniWorkbook's 4th sheet

  @TempDir Path dir;
  private final List<MonthlySheetEdit.Result> results = new ArrayList<>();

  private static ImportOutcome outcome(AgentFigures... figures) {
    return new ImportOutcome(SEPTEMBER, List.of(), List.of(figures), List.of(), List.of());
  }

  private static AgentFigures figures(String id, Map<Metric, String> values) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    values.forEach((m, s) -> v.put(m, new BigDecimal(s)));
    return new AgentFigures(id, v, 1);
  }

  /** The workbook with its Monthly part rewritten (every other part copied), or empty. */
  private Optional<Path> edit(Path xlsx, ImportOutcome outcome, Problems problems)
      throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      ReadOnlySharedStringsTable strings;
      try (InputStream in = zip.getInputStream(zip.getEntry("xl/sharedStrings.xml"))) {
        strings = new ReadOnlySharedStringsTable(in);
      } catch (org.xml.sax.SAXException e) {
        throw new IOException(e);
      }
      ByteArrayOutputStream sheet = new ByteArrayOutputStream();
      com.jixiao.workbook.graft.SheetParts.PartSource part =
          () -> zip.getInputStream(zip.getEntry(MONTHLY_PART));
      Optional<MonthlySheetEdit> edit =
          MonthlySheetEdit.prepare(
              part,
              i -> strings.getItemAt(i).getString(),
              outcome,
              Language.ZH,
              "月度数据",
              3,
              problems);
      if (edit.isEmpty()) {
        return Optional.empty();
      }
      edit.get().write(part, sheet);
      results.add(edit.get().result());
      Path out = dir.resolve("edited.xlsx");
      try (OutputStream o = Files.newOutputStream(out);
          ZipOutputStream z = new ZipOutputStream(o)) {
        for (ZipEntry e : Collections.list(zip.entries())) {
          z.putNextEntry(new ZipEntry(e.getName()));
          if (e.getName().equals(MONTHLY_PART)) {
            z.write(sheet.toByteArray());
          } else {
            try (InputStream in = zip.getInputStream(e)) {
              in.transferTo(z);
            }
          }
          z.closeEntry();
        }
      }
      return Optional.of(out);
    }
  }

  @Test
  @DisplayName("the agent's row of the month gets the imported columns; every other cell stays")
  void updatesOnlyImportedColumns() throws IOException {
    Path xlsx = MiniWorkbook.valid().save(dir.resolve("wb.xlsx"));
    Problems problems = new Problems();
    Path out =
        edit(
                xlsx,
                outcome(
                    figures(
                        "KF001",
                        Map.of(
                            Metric.INQUIRIES,
                            "777",
                            Metric.SALES,
                            "12345.60",
                            Metric.SATISFACTION,
                            "0.9512")),
                    figures("KF009", Map.of(Metric.INQUIRIES, "5"))),
                problems)
            .orElseThrow();
    assertThat(problems.isEmpty()).isTrue();
    MiniWorkbook before = MiniWorkbook.read(xlsx);
    MiniWorkbook after = MiniWorkbook.read(out);
    List<List<Object>> rows = after.sheets().get("月度数据");
    List<Object> header = rows.get(0);
    int inquiries = header.indexOf("咨询量");
    int sales = header.indexOf("销售额");
    int satisfaction = header.indexOf("满意度");
    assertThat(satisfaction)
        .isEqualTo(before.sheets().get("月度数据").get(0).size()); // added at the end
    // MiniWorkbook: rows 2-5 are 2026-08, rows 6-9 are 2026-09 (KF001 first)
    List<Object> kf001 = rows.get(5);
    assertThat(kf001.get(0)).isEqualTo("KF001");
    assertThat(kf001.get(inquiries)).isEqualTo(777.0);
    assertThat(kf001.get(sales)).isEqualTo(12345.6);
    assertThat(kf001.get(satisfaction)).isEqualTo(0.9512);
    List<Object> unchanged = before.sheets().get("月度数据").get(5);
    for (int c = 0; c < unchanged.size(); c++) {
      if (c != inquiries && c != sales) {
        assertThat(kf001.get(c)).as("column %d", c).isEqualTo(unchanged.get(c));
      }
    }
    assertThat(rows.subList(1, 5)).isEqualTo(before.sheets().get("月度数据").subList(1, 5));
    assertThat(rows.subList(6, 9)).isEqualTo(before.sheets().get("月度数据").subList(6, 9));
    List<Object> appended = rows.get(9);
    assertThat(appended.get(0)).isEqualTo("KF009");
    assertThat(appended.get(1)).isEqualTo("2026-09");
    assertThat(appended.get(inquiries)).isEqualTo(5.0);
    for (String sheet : List.of("设置", "客服名单", "薪资级别")) {
      assertThat(after.sheets().get(sheet)).isEqualTo(before.sheets().get(sheet));
    }
    MonthlySheetEdit.Result result = results.get(0);
    assertThat(result.updated()).containsExactly("KF001");
    assertThat(result.appended()).containsExactly("KF009");
    assertThat(result.columnsAdded()).containsExactly(Metric.SATISFACTION);
    // the new row has only what was imported: its ratings are left for the manager, listed first
    assertThat(result.gaps().get(0))
        .isEqualTo(new MonthlySheetEdit.Gap(Metric.PRODUCT_KNOWLEDGE, List.of("KF009")));
    assertThat(result.gaps())
        .contains(
            new MonthlySheetEdit.Gap(
                Metric.SATISFACTION, List.of("KF002", "KF003", "KF004", "KF009")));
  }

  @Test
  @DisplayName(
      "an agent with two rows of the month is a problem naming both rows; nothing is written")
  void duplicateRows() throws IOException {
    MiniWorkbook w = MiniWorkbook.valid();
    w.append("月度数据", MiniWorkbook.row("KF002", "2026年9月"));
    Path xlsx = w.save(dir.resolve("dup.xlsx"));
    Problems problems = new Problems();
    assertThat(edit(xlsx, outcome(figures("KF002", Map.of(Metric.INQUIRIES, "1"))), problems))
        .isEmpty();
    var e = problems.sorted().get(0);
    assertThat(e.where()).isEqualTo("月度数据!A10");
    assertThat(new Messages(Language.ZH).format(e.what()))
        .isEqualTo("客服 KF002 在 2026-09 有两行月度数据（另一行是第 7 行），不知道应更新哪一行");
  }

  @Test
  @DisplayName("a Monthly sheet without its header is a problem, not a guess")
  void noHeader() throws IOException {
    MiniWorkbook w = MiniWorkbook.valid();
    w.renameColumn("月度数据", "工号", "编号");
    Path xlsx = w.save(dir.resolve("nohead.xlsx"));
    Problems problems = new Problems();
    assertThat(edit(xlsx, outcome(figures("KF002", Map.of(Metric.INQUIRIES, "1"))), problems))
        .isEmpty();
    assertThat(problems.sorted().get(0).what().key()).isEqualTo("import.monthly.no_header");
  }
}
