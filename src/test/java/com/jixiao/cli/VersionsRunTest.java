package com.jixiao.cli;

import static com.jixiao.cli.OutputSheets.open;
import static com.jixiao.cli.OutputSheets.rows;
import static com.jixiao.cli.OutputSheets.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.render.PdfText;
import com.jixiao.workbook.MiniWorkbook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second run of the sample month with one more accepted objection, compared with the first
 * ({@code run --previous}): exactly the affected agents' rows change, the Changes sheet says who
 * and why, the changed scorecards say so, and {@code mail --changed-only} picks them. Version 1 is
 * the sample with objection #4 (KF009's fatal finding) still pending; version 2 the sample as it
 * is, #4 accepted.
 */
class VersionsRunTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final String SHEET = "确认与申诉";

  @TempDir static Path dir;
  static Path v1;
  static Path v2;

  @BeforeAll
  static void runTwoVersions() throws Exception {
    MiniWorkbook pending = MiniWorkbook.read(ZH);
    int row = rowOf(pending, "KF009");
    pending.set(SHEET, row, "处理结果", null);
    pending.set(SHEET, row, "处理人", null);
    pending.set(SHEET, row, "处理日期", null);
    Path first = pending.save(dir.resolve("month.xlsx"));
    v1 = dir.resolve("v1");
    assertThat(
            Main.execute("run", first.toString(), "--out", v1.toString(), "--as-of", "2026-10-14"))
        .isZero();
    Path second =
        MiniWorkbook.read(ZH)
            .save(Files.createDirectories(dir.resolve("in2")).resolve("month.xlsx"));
    v2 = dir.resolve("v2");
    assertThat(
            Main.execute(
                "run",
                second.toString(),
                "--out",
                v2.toString(),
                "--previous",
                v1.resolve("month.filled.xlsx").toString(),
                "--as-of",
                "2026-10-14"))
        .isZero();
  }

  /** The Excel row of the agent's objection in the Confirmations sheet. */
  private static int rowOf(MiniWorkbook w, String agent) {
    List<List<Object>> rows = w.sheets().get(SHEET);
    for (int r = 1; r < rows.size(); r++) {
      if (agent.equals(rows.get(r).get(0))) {
        return r + 1;
      }
    }
    throw new IllegalArgumentException(agent);
  }

  private static XSSFWorkbook filled(Path folder) throws Exception {
    return open(folder.resolve("month.filled.xlsx"));
  }

  /** Row key → the headers whose cells differ, for rows that differ. */
  private static Map<String, Set<String>> differences(Sheet before, Sheet after) {
    Map<String, Map<String, String>> a = table(before);
    Map<String, Map<String, String>> b = table(after);
    assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
    Map<String, Set<String>> differ = new TreeMap<>();
    a.forEach(
        (key, row) -> {
          Set<String> columns = new TreeSet<>();
          row.forEach(
              (header, value) -> {
                if (!value.equals(b.get(key).get(header))) {
                  columns.add(header);
                }
              });
          if (!columns.isEmpty()) {
            differ.put(key, columns);
          }
        });
    return differ;
  }

  @Test
  @DisplayName(
      "one more accepted objection changes exactly KF009's rows, and KF004's rank she passes")
  void exactlyTheAffectedRowsChange() throws Exception {
    try (XSSFWorkbook a = filled(v1);
        XSSFWorkbook b = filled(v2)) {
      assertThat(differences(a.getSheet("考核得分"), b.getSheet("考核得分")))
          .containsOnlyKeys("KF009", "KF004")
          .containsEntry("KF009", Set.of("服务态度", "工作态度", "总分", "绩效系数", "排名"))
          .containsEntry("KF004", Set.of("排名"));
      assertThat(differences(a.getSheet("工资表"), b.getSheet("工资表")))
          .containsOnlyKeys("KF009")
          .containsEntry("KF009", Set.of("绩效系数", "绩效工资实发", "应发工资"));
      // the totals row is SUM formulas; the Summary has the total: 160.00 more
      BigDecimal before = money(table(a.getSheet("汇总")).get("应发工资合计").get("值"));
      BigDecimal after = money(table(b.getSheet("汇总")).get("应发工资合计").get("值"));
      assertThat(after.subtract(before)).isEqualByComparingTo("160.00");
      assertThat(differences(a.getSheet("质检汇总"), b.getSheet("质检汇总")))
          .containsOnlyKeys("KF009")
          .containsEntry("KF009", Set.of("致命项"));
      // no money moves through the points pool: a score changes no points
      assertThat(differences(a.getSheet("积分奖金"), b.getSheet("积分奖金"))).isEmpty();
      // ranks, rewards and tiers stay; only her flag "objection pending" is gone, decided
      assertThat(differences(a.getSheet("排名与奖惩"), b.getSheet("排名与奖惩")))
          .containsOnlyKeys("KF009")
          .containsEntry("KF009", Set.of("预警"));
      assertThat(table(a.getSheet("排名与奖惩")).get("KF009")).containsEntry("预警", "异议待处理");
      assertThat(differences(a.getSheet("考核流程"), b.getSheet("考核流程"))).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "变更记录 lists KF009's changed figures with the objection, and KF004's rank through her")
  void theChangesSheetSaysWhoAndWhy() throws Exception {
    try (XSSFWorkbook b = filled(v2)) {
      List<Map<String, String>> rows = rows(b.getSheet("变更记录"));
      List<String> kf009 =
          rows.stream()
              .filter(r -> r.get("工号").equals("KF009"))
              .map(r -> r.get("项目") + " " + r.get("原值") + " → " + r.get("新值"))
              .toList();
      assertThat(kf009)
          .containsExactly(
              "总分 89.68 → 94.44",
              "档位 80 分以上 (0.8) → 90 分以上 (0.9)",
              "绩效系数 0.80 → 0.90",
              "排名 6 → 5",
              "绩效工资实发 ¥1,280.00 → ¥1,440.00",
              "应发工资 ¥6,946.02 → ¥7,106.02");
      assertThat(rows)
          .filteredOn(r -> r.get("工号").equals("KF009"))
          .allSatisfy(
              r ->
                  assertThat(r.get("原因")).isEqualTo("异议 #4 通过：质检 2026-09-21 F1 服务态度差 → 作废（客服经理陈）"));
      assertThat(rows)
          .filteredOn(r -> r.get("工号").equals("KF004"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.get("项目") + " " + r.get("原值") + " → " + r.get("新值"))
                    .isEqualTo("排名 5 → 6");
                assertThat(r.get("原因")).contains("因其他客服的变化而变");
              });
      assertThat(rows)
          .filteredOn(r -> r.get("项目").equals("应发工资合计"))
          .singleElement()
          .satisfies(r -> assertThat(r.get("变化")).isEqualTo("¥160.00"));
      Map<String, Map<String, String>> summary = table(b.getSheet("汇总"));
      assertThat(summary.get("版本")).containsEntry("值", "2");
      assertThat(summary.get("对比的上一版本")).containsEntry("值", "第 1 版（month.filled.xlsx）");
      assertThat(summary.get("指纹").get("值")).matches("[0-9a-f]{12}");
    }
  }

  @Test
  @DisplayName(
      "the changed agents' scorecards show version 2 and what changed; the others only the version")
  void scorecardsOfChangedAgentsSayWhatChanged() throws Exception {
    String kf009 = PdfText.of(v2.resolve("scorecards/KF009.pdf"));
    assertThat(kf009)
        .contains("第 2 版，与第 1 版相比的变化")
        .contains("89.68")
        .contains("94.44")
        .contains("异议 #4 通过");
    String kf001 = PdfText.of(v2.resolve("scorecards/KF001.pdf"));
    assertThat(kf001).contains("第 2 版").doesNotContain("相比的变化");
    String fingerprint =
        Files.readString(v2.resolve("run-record.txt"))
            .lines()
            .filter(l -> l.startsWith("fingerprint: "))
            .findFirst()
            .orElseThrow()
            .substring("fingerprint: ".length(), "fingerprint: ".length() + 12);
    assertThat(kf001).contains("指纹 " + fingerprint);
    assertThat(PdfText.of(v2.resolve("team-summary.pdf"))).contains("指纹 " + fingerprint);
    assertThat(PdfText.of(v1.resolve("scorecards/KF009.pdf"))).contains("第 1 版");
  }

  @Test
  @DisplayName(
      "the run record names the earlier version and the changed agents; mail --changed-only mails them")
  void mailChangedOnly() throws Exception {
    String record = Files.readString(v2.resolve("run-record.txt"));
    assertThat(record).contains("version: 2\n").contains("\nchanged: KF004\nchanged: KF009\n");
    assertThat(record).containsPattern("previous: 1 [0-9a-f]{64} month.filled.xlsx");
    Captured mail = Captured.run("mail", v2.toString(), "--changed-only", "--dry-run");
    assertThat(mail.status()).isZero();
    assertThat(mail.out().lines().filter(l -> l.startsWith("将发送")))
        .hasSize(2)
        .anyMatch(l -> l.contains("KF004"))
        .anyMatch(l -> l.contains("KF009"));
    Captured first = Captured.run("mail", v1.toString(), "--changed-only", "--dry-run");
    assertThat(first.status()).isEqualTo(2);
    assertThat(first.err()).contains("没有与上一版本对比");
  }

  /** A money amount as the sheet shows it: "¥1,234.50". */
  static BigDecimal money(String shown) {
    return new BigDecimal(shown.replace("¥", "").replace(",", ""))
        .setScale(2, RoundingMode.UNNECESSARY);
  }
}
