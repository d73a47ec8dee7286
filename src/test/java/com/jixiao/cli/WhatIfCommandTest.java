package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.render.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code whatif} through the real command line on the sample workbooks, against numbers worked out
 * by hand from the rules and the sample's data (the Chinese sample's period 2026-09, store orders
 * 1,760, default rules, no Parameters sheet).
 */
class WhatIfCommandTest {
  /**
   * The samples as the first pass sees them (without their Confirmations sheets), so the figures
   * below are worked from the Monthly and QA rows alone; {@link
   * #objectionsAreReplayedAsTheRunAppliesThem} uses the samples as they are.
   */
  static Path ZH;

  static Path EN;

  @BeforeAll
  static void firstPassSamples(@TempDir Path dir) throws Exception {
    ZH = RuleSheetCopies.withoutConfirmations(SAMPLE_ZH, dir.resolve("sample-zh.xlsx"));
    EN = RuleSheetCopies.withoutConfirmations(SAMPLE_EN, dir.resolve("sample-en.xlsx"));
  }

  static final Path SAMPLE_ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  static final Path SAMPLE_EN = Path.of("sample-workbooks", "sample-en.xlsx");

  @TempDir Path dir;

  /** A command's exit status and what it printed. */
  record Ran(int status, String out, String err) {}

  static Ran execute(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int status = Main.execute(args);
      return new Ran(
          status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Ran whatif(Path workbook, Path out, String... options) {
    List<String> args =
        new ArrayList<>(List.of("whatif", workbook.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    return execute(args.toArray(String[]::new));
  }

  static BigDecimal money(Object cell) {
    return BigDecimal.valueOf((Double) cell).setScale(2, RoundingMode.HALF_UP);
  }

  static Map<String, Object> agent(Path xlsx, String month, String id) throws Exception {
    return WhatIfSheets.rows(xlsx, "客服").stream()
        .filter(r -> month.equals(r.get("月份")) && id.equals(r.get("工号")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " " + month + " not in the Agents sheet"));
  }

  static List<String> agentIds(Path xlsx) throws Exception {
    return WhatIfSheets.rows(xlsx, "客服").stream().map(r -> (String) r.get("工号")).toList();
  }

  static Map<String, Object> teamRow(Path xlsx, String month) throws Exception {
    return WhatIfSheets.rows(xlsx, "团队").stream()
        .filter(r -> month.equals(r.get("月份")))
        .findFirst()
        .orElseThrow();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  @DisplayName(
      "conversion weight 5 → 10 for presales: KF009 rises from 89.68 to 90.15, into the"
          + " 90–100 band, +160 performance pay; nobody else changes band")
  void weightChange() throws Exception {
    String before = sha256(ZH);
    Path out = dir.resolve("weight");
    Ran r = whatif(ZH, out, "--set", "weight.conversion.presales=10");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(sha256(ZH)).as("the input is never modified").isEqualTo(before);
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("whatif.pdf", "whatif.xlsx");
    Path xlsx = out.resolve("whatif.xlsx");
    // KF009 (presales, level 3: performance wage 1,600) in 2026-09, item by item on W0:
    // 1 sales 67,572.20 of 70,000 = 96.53%: less than one full 5% step below 100%: 30
    // 2 growth 67,572.20 / 64,079.59 − 1 = +5.45%: 8 + 1 = 9
    // 3 conversion 159 deals / 9,680 visitors = 1.64% ≥ 1.5%: 5
    // 4 flagship 86%: 5; 5 refunds 1/164 = 0.61% < 1%: 5; 6 inquiries 428/450 = 95%: 5;
    // 7 no dispute: 5; 8 orders 164 of the store's 1,760 = 9.3% < 10%: 0
    // 9–12 levels 2/3, 3/4, 3/3, 2/3: 3.33 + 2.25 + 5 + 1.33 = 11.91
    // 13 one late arrival: 3; 14: 2; 15 level 3/4: 2.25; 16 fatal finding F1 on 09-21: 0;
    // 17: 4; 18: 4; 19: 3 → attitude 18.25
    // Σ = 64 + 11.91 + 18.25 = 94.16; total = 94.16 × 100 / 105 = 89.68 (band 80–90, × 0.8)
    // conversion at weight 10 scores 10 × 5 / 5 = 10: Σ = 99.16 over weights 110:
    // 99.16 × 100 / 110 = 90.15 (band 90–100, × 0.9); pay 1,600 × 0.8 = 1,280 → × 0.9 = 1,440
    Map<String, Object> kf009 = agent(xlsx, "2026-09", "KF009");
    assertThat(kf009.get("总分（现行）")).isEqualTo(89.68);
    assertThat(kf009.get("总分（调整后）")).isEqualTo(90.15);
    assertThat(kf009.get("档位（现行）")).isEqualTo("≥80 ×0.8");
    assertThat(kf009.get("档位（调整后）")).isEqualTo("≥90 ×0.9");
    assertThat(money(kf009.get("绩效工资实发（现行）"))).isEqualByComparingTo("1280.00");
    assertThat(money(kf009.get("绩效工资实发（调整后）"))).isEqualByComparingTo("1440.00");
    assertThat(money(kf009.get("应发工资差额"))).isEqualByComparingTo("160.00");
    // the other presales agents, (1.05 × total + conversion score) / 1.1, stay in their bands:
    // KF002 (112.00 + 5) / 1.1 = 106.36; KF004 (98.49 + 5) / 1.1 = 94.08; KF003 (90.49 + 3) / 1.1
    // = 84.99; KF005 (91.49 + 3) / 1.1 = 85.90; KF008 (90.99 + 3) / 1.1 = 85.45; KF007 (57.02 + 2)
    // / 1.1 = 53.65; leads and aftersales keep their weights. So the payroll costs 160 more.
    assertThat(agent(xlsx, "2026-09", "KF002").get("总分（调整后）")).isEqualTo(106.36);
    assertThat(agent(xlsx, "2026-09", "KF007").get("总分（调整后）")).isEqualTo(53.65);
    Map<String, Object> team = teamRow(xlsx, "2026-09");
    assertThat(money(team.get("应发工资差额"))).isEqualByComparingTo("160.00");
    assertThat(team.get("换档人数")).isEqualTo(1.0);
    // sorted by the size of the pay change: KF009 first
    assertThat(agentIds(xlsx).get(0)).isEqualTo("KF009");
    assertThat(WhatIfSheets.rows(xlsx, "变更"))
        .anyMatch(row -> "转化率 权重 5 → 10（售前）".equals(row.get("内容")));
    assertThat(r.out()).contains("转化率 权重 5 → 10（售前）").contains("（+¥160.00）").contains("换档 1 人次");
    String pdf = PdfText.of(out.resolve("whatif.pdf"));
    assertThat(PdfText.pages(out.resolve("whatif.pdf"))).isEqualTo(1);
    assertThat(pdf).contains("规则试算").contains("转化率 权重 5 → 10（售前）").contains("KF009");
  }

  @Test
  @DisplayName(
      "the 90 line moved to 95: KF004 at 93.80 drops to × 0.8, 130 less; nobody else is"
          + " between 90 and 95")
  void bandThresholdChange() throws Exception {
    Path out = dir.resolve("band");
    Ran r = whatif(ZH, out, "--set", "band.90.min_score=95");
    assertThat(r.status()).as(r.err()).isZero();
    Path xlsx = out.resolve("whatif.xlsx");
    // 2026-09 totals: 98.25 (KF001), 106.67, 86.18, 93.80 (KF004), 87.13, 103.81, 54.30, 86.66,
    // 89.68, 96.03 (KF011), 88.16, 75.44, 85.44, 47.29: only KF004 is in [90, 95).
    // KF004 is on level 2 (performance wage 1,300): 1,300 × 0.9 = 1,170 → × 0.8 = 1,040
    assertThat(agentIds(xlsx)).containsExactly("KF004");
    Map<String, Object> kf004 = agent(xlsx, "2026-09", "KF004");
    assertThat(kf004.get("档位（现行）")).isEqualTo("≥90 ×0.9");
    assertThat(kf004.get("档位（调整后）")).isEqualTo("≥80 ×0.8");
    assertThat(money(kf004.get("应发工资（现行）"))).isEqualByComparingTo("6102.60");
    assertThat(money(kf004.get("应发工资（调整后）"))).isEqualByComparingTo("5972.60");
    assertThat(money(teamRow(xlsx, "2026-09").get("应发工资差额"))).isEqualByComparingTo("-130.00");
    // band places: ≥90 held KF001, KF004, KF011; ≥80 KF003, KF005, KF008, KF009, KF012, KF014
    List<Map<String, Object>> bands = WhatIfSheets.rows(xlsx, "档位与分班");
    assertThat(bands)
        .anyMatch(
            b ->
                "≥90 ×0.9 → ≥95 ×0.9".equals(b.get("名称"))
                    && b.get("人数（现行）").equals(3.0)
                    && b.get("人数（调整后）").equals(2.0));
    assertThat(bands)
        .anyMatch(
            b ->
                "≥80 ×0.8".equals(b.get("名称"))
                    && b.get("人数（现行）").equals(6.0)
                    && b.get("人数（调整后）").equals(7.0));
    assertThat(r.out()).contains("考核档位第 2 档：≥90 ×0.9 → ≥95 ×0.9").contains("−¥130.00");
  }

  @Test
  @DisplayName("sales rewards 300/200/100 → 500/300/100: KF002 +200, KF004 +100, KF009 as before")
  void rewardChange() throws Exception {
    Path out = dir.resolve("reward");
    Ran r = whatif(ZH, out, "--set", "rewards.sales_top=500,300,100");
    assertThat(r.status()).as(r.err()).isZero();
    Path xlsx = out.resolve("whatif.xlsx");
    // presales sales in 2026-09: KF002 94,809.81 (1st), KF004 68,051.21 (2nd), KF009 67,572.20
    // (3rd), KF008 58,742.28, KF003 58,278.55, KF005 39,643.60, KF007 32,378.98.
    // KF002 also has the best conversion (254 / 483 inquiries = 52.6%): 200 more.
    // Rewards: KF002 300 + 200 → 500 + 200; KF004 200 → 300; KF009 100 → 100.
    assertThat(agentIds(xlsx)).containsExactly("KF002", "KF004");
    assertThat(money(agent(xlsx, "2026-09", "KF002").get("奖励（现行）"))).isEqualByComparingTo("500");
    assertThat(money(agent(xlsx, "2026-09", "KF002").get("奖励（调整后）"))).isEqualByComparingTo("700");
    assertThat(money(agent(xlsx, "2026-09", "KF004").get("应发工资差额"))).isEqualByComparingTo("100");
    assertThat(money(teamRow(xlsx, "2026-09").get("应发工资差额"))).isEqualByComparingTo("300.00");
    assertThat(r.out()).contains("参数 rewards.sales_top：300,200,100 → 500,300,100");
  }

  @Test
  @DisplayName("setting rules to the values they have shows no change at all")
  void identityScenario() throws Exception {
    Path out = dir.resolve("same");
    Ran r =
        whatif(
            ZH,
            out,
            "--set",
            "weight.conversion.presales=5",
            "--set",
            "tiers.share=20%",
            "--set",
            "band.90.min_score=90.0",
            "--set",
            "commission.50000.rate=2%",
            "--months",
            "2026-07..2026-09");
    assertThat(r.status()).as(r.err()).isZero();
    Path xlsx = out.resolve("whatif.xlsx");
    assertThat(WhatIfSheets.rows(xlsx, "客服")).isEmpty();
    assertThat(WhatIfSheets.rows(xlsx, "越线")).isEmpty();
    for (Map<String, Object> row : WhatIfSheets.rows(xlsx, "团队")) {
      assertThat(money(row.get("应发工资差额"))).isEqualByComparingTo("0");
      assertThat(row.get("换档人数")).isEqualTo(0.0);
    }
    assertThat(WhatIfSheets.rows(xlsx, "变更"))
        .anyMatch(row -> "与现行规则相同，没有改变任何规则".equals(row.get("内容")));
    assertThat(r.out()).contains("与现行规则相同").contains("（¥0.00）").contains("换档 0 人次");
  }

  @Test
  @DisplayName(
      "the cost difference reconciles to the cent with two ordinary runs, the second on a"
          + " copy whose Parameters sheet has the change")
  void reconcilesWithTwoRuns() throws Exception {
    Map<String, String> change =
        Map.of(
            "rewards.sales_top", "500,300,100",
            "exceed.sales_completion.threshold", "110%",
            "exceed.sales_completion.share", "5%");
    Path copy = RuleSheetCopies.withParameters(ZH, dir.resolve("changed.xlsx"), change);
    BigDecimal plain = payrollTotal(ZH, dir.resolve("run-plain"));
    BigDecimal changed = payrollTotal(copy, dir.resolve("run-changed"));
    List<String> options = new ArrayList<>();
    change.forEach((k, v) -> options.addAll(List.of("--set", k + "=" + v)));
    Path out = dir.resolve("reconcile");
    Ran r = whatif(ZH, out, options.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    Map<String, Object> team = teamRow(out.resolve("whatif.xlsx"), "2026-09");
    assertThat(money(team.get("应发工资（现行）"))).isEqualTo(plain);
    assertThat(money(team.get("应发工资（调整后）"))).isEqualTo(changed);
    assertThat(money(team.get("应发工资差额"))).isEqualTo(changed.subtract(plain));
    assertThat(changed.subtract(plain)).isPositive();
  }

  /** The Payroll sheet's gross-pay total of an ordinary run. */
  @Test
  @DisplayName(
      "the month's accepted objections are replayed as the run applies them: the current side"
          + " equals the run's payroll and KF009's corrected total, and an unchanged rule changes"
          + " no one")
  void objectionsAreReplayedAsTheRunAppliesThem() throws Exception {
    BigDecimal run = payrollTotal(SAMPLE_ZH, dir.resolve("run-with-objections"));
    Path out = dir.resolve("objections");
    Ran r = whatif(SAMPLE_ZH, out, "--set", "band.90.min_score=90.0");
    assertThat(r.status()).as(r.err()).isZero();
    Path xlsx = out.resolve("whatif.xlsx");
    assertThat(money(teamRow(xlsx, "2026-09").get("应发工资（现行）"))).isEqualTo(run);
    assertThat(WhatIfSheets.rows(xlsx, "客服")).isEmpty();
    // KF009's fatal finding F1 of 09-21 is voided by her accepted objection #4: item 16 (service
    // attitude) scores 5 instead of 0, Σ = 94.16 + 5 = 99.16, × 100 / 105 = 94.44 (89.68 without)
    Ran changed = whatif(SAMPLE_ZH, dir.resolve("objections-2"), "--set", "band.90.min_score=95");
    assertThat(changed.status()).as(changed.err()).isZero();
    Map<String, Object> kf009 =
        agent(dir.resolve("objections-2").resolve("whatif.xlsx"), "2026-09", "KF009");
    assertThat(kf009.get("总分（现行）")).isEqualTo(94.44);
  }

  private static BigDecimal payrollTotal(Path workbook, Path out) throws Exception {
    assertThat(Main.execute("run", workbook.toString(), "--out", out.toString())).isZero();
    String base = workbook.getFileName().toString().replace(".xlsx", "");
    try (InputStream in = Files.newInputStream(out.resolve(base + ".filled.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet payroll = wb.getSheet("工资表");
      int gross = -1;
      for (var c : payroll.getRow(0)) {
        if (c.getStringCellValue().equals("应发工资")) {
          gross = c.getColumnIndex();
        }
      }
      Row totals = payroll.getRow(payroll.getLastRowNum());
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
      return BigDecimal.valueOf(totals.getCell(gross).getNumericCellValue())
          .setScale(2, RoundingMode.HALF_UP);
    }
  }

  @Test
  @DisplayName(
      "--months replays each month as if it were the period: 2026-07 equals an ordinary"
          + " run of the workbook with period 2026-07; other months have no pool, and say so")
  void monthsAreReplayedWithTheirOwnData() throws Exception {
    Path out = dir.resolve("months");
    Ran r =
        whatif(ZH, out, "--set", "rewards.sales_top=500,300,100", "--months", "2026-07..2026-09");
    assertThat(r.status()).as(r.err()).isZero();
    Path xlsx = out.resolve("whatif.xlsx");
    List<Map<String, Object>> team = WhatIfSheets.rows(xlsx, "团队");
    assertThat(team)
        .extracting(row -> row.get("月份"))
        .containsExactly("2026-07", "2026-08", "2026-09", "合计");
    // Settings' revenue is September's: July and August have no pool under either rule
    assertThat(money(team.get(0).get("积分奖金池（现行）"))).isEqualByComparingTo("0");
    assertThat(money(team.get(1).get("积分奖金池（调整后）"))).isEqualByComparingTo("0");
    // September: 1,286,450 × 0.5% = 6,432.25
    assertThat(money(team.get(2).get("积分奖金池（现行）"))).isEqualByComparingTo("6432.25");
    assertThat(WhatIfSheets.rows(xlsx, "变更"))
        .filteredOn(row -> "说明".equals(row.get("项目")))
        .extracting(row -> row.get("内容"))
        .containsExactly(
            "2026-07：设置中的店铺营业额属于考核月份 2026-09，此月不计算积分奖金池（现行与调整后均为 0）。",
            "2026-08：设置中的店铺营业额属于考核月份 2026-09，此月不计算积分奖金池（现行与调整后均为 0）。");
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      total = total.add(money(team.get(i).get("应发工资差额")));
    }
    assertThat(money(team.get(3).get("应发工资差额"))).isEqualTo(total);
    // July as if it were the period: the same payroll as a run whose Settings say 2026-07
    Path july = RuleSheetCopies.withPeriod(ZH, dir.resolve("july.xlsx"), "2026-07");
    assertThat(money(team.get(0).get("应发工资（现行）")))
        .isEqualTo(payrollTotal(july, dir.resolve("run-july")));
  }

  @Test
  @DisplayName(
      "--rules takes the rule sheets of another workbook: its Parameters replace the"
          + " current ones, the sheets it lacks keep the current rules")
  void rulesFromAnotherWorkbook() throws Exception {
    Path alt = dir.resolve("rules.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet p = wb.createSheet("参数");
      p.createRow(0).createCell(0).setCellValue("key");
      p.getRow(0).createCell(1).setCellValue("value");
      p.createRow(1).createCell(0).setCellValue("rewards.sales_top");
      p.getRow(1).createCell(1).setCellValue("500,300,100");
      try (var o = Files.newOutputStream(alt)) {
        wb.write(o);
      }
    }
    Path out = dir.resolve("alt");
    Ran r = whatif(ZH, out, "--rules", alt.toString());
    assertThat(r.status()).as(r.err()).isZero();
    // the same change as rewardChange: +200 for KF002, +100 for KF004
    assertThat(money(teamRow(out.resolve("whatif.xlsx"), "2026-09").get("应发工资差额")))
        .isEqualByComparingTo("300.00");
    assertThat(agentIds(out.resolve("whatif.xlsx"))).containsExactly("KF002", "KF004");
  }

  @Test
  @DisplayName("bad scenarios: every problem printed with the fix, exit 2, nothing written")
  void badScenarios() throws Exception {
    Path out = dir.resolve("bad");
    Ran r =
        whatif(
            ZH,
            out,
            "--set",
            "tiers.share=abc",
            "--set",
            "weight.conversoin=10",
            "--set",
            "weight.conversion.boss=10",
            "--set",
            "band.91.coefficient=1",
            "--set",
            "band.90.coefficient=-1",
            "--set",
            "store_revenue=1",
            "--set",
            "nonsense=1");
    assertThat(r.status()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(r.err())
        .contains("试算有 7 处问题，未生成结果")
        .contains("--set tiers.share=abc：参数 tiers.share 的值")
        .contains("未知的考核项目“conversoin”")
        .contains("未知的岗位“boss”")
        .contains("没有最低分为“91”的考核档位")
        .contains("现有档位的最低分：100, 90, 80, 60, 50, lowest")
        .contains("不能为负数：-1")
        .contains("设置项 store_revenue 是本月的数据，不是规则")
        .contains("未知的规则“nonsense”")
        .contains("输入文件未被修改");
    assertThat(whatif(ZH, out).err()).contains("请用 --set 键=值 或 --rules");
    Ran months = whatif(ZH, out, "--set", "tiers.share=25%", "--months", "2026-08..2026-10");
    assertThat(months.status()).isEqualTo(2);
    assertThat(months.err()).contains("2026-10 晚于工作簿的考核月份 2026-09");
    Ran noRows = whatif(ZH, out, "--set", "tiers.share=25%", "--months", "2024-01");
    assertThat(noRows.err()).contains("月度数据表没有 2024-01 的数据").contains("2025-10..2026-09");
    Path empty = dir.resolve("nothing.xlsx");
    Path badValue = dir.resolve("bad-rules.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
      try (var o = Files.newOutputStream(empty)) {
        wb.write(o);
      }
      Sheet p = wb.createSheet("参数");
      p.createRow(0).createCell(0).setCellValue("tiers.share");
      p.getRow(0).createCell(1).setCellValue("lots");
      try (var o = Files.newOutputStream(badValue)) {
        wb.write(o);
      }
    }
    Ran noRules = whatif(ZH, out, "--rules", empty.toString());
    assertThat(noRules.status()).isEqualTo(2);
    assertThat(noRules.err()).contains("工作簿 nothing.xlsx 没有考核规则、参数、考核档位或提成阶梯表");
    Ran wrong = whatif(ZH, out, "--rules", badValue.toString());
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err()).contains("参数!B1").contains("tiers.share");
    assertThat(out).doesNotExist();
    Ran english = whatif(ZH, out, "--rules", EN.toString());
    assertThat(english.status()).as(english.err()).isZero(); // the English sample has Parameters
    assertThat(out.resolve("whatif.xlsx")).exists();
  }

  @Test
  @DisplayName("a year and ten changes still make a one-page PDF; whatif.xlsx has every row")
  void onePageWhateverTheSize() throws Exception {
    Path out = dir.resolve("year");
    Ran r =
        whatif(
            ZH,
            out,
            "--months",
            "2025-10..2026-09",
            "--set",
            "band.50.min_score=55",
            "--set",
            "weight.conversion.presales=10",
            "--set",
            "weight.flagship=8",
            "--set",
            "tiers.share=30%",
            "--set",
            "rewards.sales_top=500,300,100",
            "--set",
            "commission.50000.rate=2.5%",
            "--set",
            "commission.200000.rate=5%",
            "--set",
            "points_pool_rate=0.6%",
            "--set",
            "exceed.sales_completion.threshold=110%",
            "--set",
            "exceed.sales_completion.amount=100");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(PdfText.pages(out.resolve("whatif.pdf"))).isEqualTo(1);
    String pdf = PdfText.of(out.resolve("whatif.pdf"));
    // eleven lines (weight.flagship changes presales and leads): six shown, five more
    assertThat(pdf).contains("另有 5 项变更").contains("人次有变化");
    Path xlsx = out.resolve("whatif.xlsx");
    assertThat(WhatIfSheets.rows(xlsx, "团队")).hasSize(13);
    assertThat(WhatIfSheets.rows(xlsx, "变更"))
        .filteredOn(row -> "变更".equals(row.get("项目")))
        .hasSize(11);
    assertThat(WhatIfSheets.rows(xlsx, "越线")).isNotEmpty();
  }

  @Test
  @DisplayName("an English workbook gets English outputs")
  void english() throws Exception {
    Path out = dir.resolve("en");
    // the English sample already pays 500,300,100 for the sales ranks
    Ran r = whatif(EN, out, "--set", "rewards.sales_top=300,200,100");
    assertThat(r.status()).as(r.err()).isZero();
    Path xlsx = out.resolve("whatif.xlsx");
    assertThat(WhatIfSheets.sheetNames(xlsx))
        .containsExactly("Change", "Team", "Bands and tiers", "Agents", "Crossings");
    assertThat(r.out())
        .contains("Parameter rewards.sales_top: 500,300,100 → 300,200,100")
        .contains("(−$300.00)".replace("$", "¥"));
    assertThat(PdfText.of(out.resolve("whatif.pdf")))
        .contains("What-if")
        .contains("The change tried");
  }
}
