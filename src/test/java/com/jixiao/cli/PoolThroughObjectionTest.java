package com.jixiao.cli;

import static com.jixiao.cli.OutputSheets.open;
import static com.jixiao.cli.OutputSheets.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An accepted objection that moves points: KF014 claims 20 more good reviews than the Monthly sheet
 * has. Her points rise by 20; nobody else's do, yet everyone's payout moves, through the pool's
 * point value only, and every gross pay moves by exactly its payout's change, to the cent.
 */
class PoolThroughObjectionTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");

  @TempDir static Path dir;
  static Path v1;
  static Path v2;

  @BeforeAll
  static void runWithAndWithoutTheObjection() throws Exception {
    MiniWorkbook sample = MiniWorkbook.read(ZH);
    Path first = sample.copy().save(Files.createDirectories(dir.resolve("a")).resolve("m.xlsx"));
    sample.append(
        "确认与申诉",
        MiniWorkbook.row(
            "KF014",
            "有异议",
            "2026-10-14",
            "好评数",
            null,
            null,
            goodReviews(sample, "KF014") + 20,
            "回访记录中漏记了 20 条好评",
            "通过",
            "客服经理陈",
            "2026-10-15",
            null));
    Path second = sample.save(Files.createDirectories(dir.resolve("b")).resolve("m.xlsx"));
    v1 = dir.resolve("v1");
    v2 = dir.resolve("v2");
    assertThat(
            Main.execute("run", first.toString(), "--out", v1.toString(), "--as-of", "2026-10-16"))
        .isZero();
    assertThat(
            Main.execute(
                "run",
                second.toString(),
                "--out",
                v2.toString(),
                "--previous",
                v1.resolve("m.filled.xlsx").toString(),
                "--as-of",
                "2026-10-16"))
        .isZero();
  }

  /** The agent's good reviews in the period: their last Monthly row (rows go by month). */
  private static int goodReviews(MiniWorkbook w, String agent) {
    List<List<Object>> rows = w.sheets().get("月度数据");
    int column = rows.get(0).indexOf("好评数");
    List<Object> last = null;
    for (List<Object> r : rows) {
      if (agent.equals(r.get(0))) {
        last = r;
      }
    }
    return ((Number) last.get(column)).intValue();
  }

  private static BigDecimal money(String shown) {
    return new BigDecimal(shown.replace("¥", "").replace(",", ""));
  }

  @Test
  @DisplayName("only KF014's points change; the scores do not")
  void onlyHerPointsChange() throws Exception {
    try (XSSFWorkbook a = open(v1.resolve("m.filled.xlsx"));
        XSSFWorkbook b = open(v2.resolve("m.filled.xlsx"))) {
      assertThat(table(b.getSheet("考核得分"))).isEqualTo(table(a.getSheet("考核得分")));
      Map<String, Map<String, String>> before = table(a.getSheet("积分奖金"));
      Map<String, Map<String, String>> after = table(b.getSheet("积分奖金"));
      before.forEach(
          (id, row) -> {
            if (id.startsWith("KF") && !id.equals("KF014")) {
              assertThat(after.get(id).get("积分")).as(id).isEqualTo(row.get("积分"));
            }
          });
      assertThat(new BigDecimal(after.get("KF014").get("积分")))
          .isEqualByComparingTo(
              new BigDecimal(before.get("KF014").get("积分")).add(BigDecimal.valueOf(20)));
    }
  }

  /**
   * The pool is 1,286,450.00 × 0.5% = 6,432.25 in both runs; the points total 450 before and 470
   * after. Every payout is the agent's exact share pool × points / total, rounded down or up to a
   * whole cent (largest remainder), and they add up to the pool exactly. Each gross pay differs
   * from the first run by its payout's difference and nothing else.
   */
  @Test
  @DisplayName("every payout moves only through the pool, to the cent, and gross pay with it")
  void payoutsMoveThroughThePoolToTheCent() throws Exception {
    try (XSSFWorkbook a = open(v1.resolve("m.filled.xlsx"));
        XSSFWorkbook b = open(v2.resolve("m.filled.xlsx"))) {
      BigDecimal pool = new BigDecimal("6432.25");
      Map<String, Map<String, String>> points = table(b.getSheet("积分奖金"));
      List<String> agents = new ArrayList<>();
      points.keySet().stream().filter(k -> k.startsWith("KF")).forEach(agents::add);
      BigDecimal total = BigDecimal.ZERO;
      for (String id : agents) {
        total = total.add(new BigDecimal(points.get(id).get("积分")));
      }
      assertThat(total).isEqualByComparingTo("470");
      BigDecimal paid = BigDecimal.ZERO;
      for (String id : agents) {
        BigDecimal exact =
            pool.multiply(new BigDecimal(points.get(id).get("积分")))
                .divide(total, MathContext.DECIMAL128);
        BigDecimal payout = money(points.get(id).get("奖金"));
        assertThat(payout)
            .as(id)
            .isBetween(
                exact.setScale(2, RoundingMode.FLOOR), exact.setScale(2, RoundingMode.CEILING));
        paid = paid.add(payout);
      }
      assertThat(paid).isEqualByComparingTo(pool);

      Map<String, Map<String, String>> payBefore = table(a.getSheet("工资表"));
      Map<String, Map<String, String>> payAfter = table(b.getSheet("工资表"));
      int moved = 0;
      for (String id : agents) {
        BigDecimal payoutChange =
            money(payAfter.get(id).get("积分奖金")).subtract(money(payBefore.get(id).get("积分奖金")));
        BigDecimal grossChange =
            money(payAfter.get(id).get("应发工资")).subtract(money(payBefore.get(id).get("应发工资")));
        assertThat(grossChange).as(id).isEqualByComparingTo(payoutChange);
        moved += payoutChange.signum() != 0 ? 1 : 0;
      }
      assertThat(moved).as("everyone's share of the same pool moves").isEqualTo(agents.size());
    }
  }

  @Test
  @DisplayName(
      "the Changes sheet names the objection for KF014 and 'through the others' for the rest")
  void theChangesSheetExplainsThePool() throws Exception {
    try (XSSFWorkbook b = open(v2.resolve("m.filled.xlsx"))) {
      List<Map<String, String>> rows = OutputSheets.rows(b.getSheet("变更记录"));
      assertThat(rows)
          .filteredOn(r -> r.get("工号").equals("KF014") && r.get("项目").equals("积分"))
          .singleElement()
          .satisfies(r -> assertThat(r.get("原因")).startsWith("异议 #5 通过：好评数"));
      assertThat(rows)
          .filteredOn(r -> r.get("工号").equals("KF001"))
          .extracting(r -> r.get("项目"))
          .containsExactly("积分奖金", "应发工资");
      assertThat(rows)
          .filteredOn(r -> r.get("工号").equals("KF001"))
          .allSatisfy(r -> assertThat(r.get("原因")).contains("因其他客服的变化而变"));
    }
  }
}
