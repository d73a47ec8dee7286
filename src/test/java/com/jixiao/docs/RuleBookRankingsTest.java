package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.grouped;
import static com.jixiao.docs.RuleBook.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Role;
import com.jixiao.model.Settings;
import com.jixiao.ranking.AgentRanking;
import com.jixiao.ranking.RankingAssessor;
import com.jixiao.ranking.RankingResult;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule book's made-up ranking of five presales agents and a lead (docs/rules.md#rankings,
 * #rewards), ranked by {@link RankingAssessor}.
 */
class RuleBookRankingsTest {
  private static final YearMonth PERIOD = YearMonth.of(2026, 9);

  /** agent, role, sales, deals, inquiries: the example's figures. */
  private static final String[][] TEAM = {
    {"KF001", "presales", "120000", "150", "400"},
    {"KF002", "presales", "95000", "120", "300"},
    {"KF003", "presales", "95000", "90", "300"},
    {"KF004", "presales", "80000", "0", "0"},
    {"KF005", "presales", "60000", "60", "200"},
    {"KF006", "lead", "130000", "200", "400"}
  };

  private static RankingResult ranking;

  @BeforeAll
  static void rankTheTeam() {
    List<Agent> agents = new ArrayList<>();
    List<MonthlyStats> monthly = new ArrayList<>();
    for (String[] a : TEAM) {
      agents.add(new Agent(a[0], a[0], "一组", Role.parse(a[1]).orElseThrow(), 1, "", "", true));
      monthly.add(row(a[0], a[2], a[3], a[4]));
    }
    Settings settings =
        new Settings(
            "店",
            PERIOD,
            Language.ZH,
            "CNY",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Settings.DEFAULT_POINTS_POOL_RATE,
            Optional.empty());
    MonthInput input =
        new MonthInput(
            settings,
            RuleSet.defaults(),
            agents,
            Map.of(),
            monthly,
            List.of(),
            List.of(),
            List.of());
    ranking = RankingAssessor.assess(input, History.of(input, MonthAssessor.assess(input)));
  }

  /** A full-marks month with the example's sales, deals and inquiries. */
  private static MonthlyStats row(String id, String sales, String deals, String inquiries) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    v.put(Metric.SALES, new BigDecimal(sales));
    v.put(Metric.SALES_TARGET, new BigDecimal("100000"));
    v.put(Metric.DEALS, new BigDecimal(deals));
    v.put(Metric.INQUIRIES, new BigDecimal(inquiries));
    v.put(Metric.VISITORS, new BigDecimal("5000"));
    v.put(Metric.ORDERS, new BigDecimal("200"));
    for (Metric level :
        List.of(
            Metric.PRODUCT_KNOWLEDGE,
            Metric.GUIDANCE,
            Metric.COMMUNICATION,
            Metric.ADAPTABILITY,
            Metric.RESPONSIBILITY)) {
      v.put(level, BigDecimal.valueOf(level.type().maxLevel()));
    }
    v.put(Metric.SCHEDULED_DAYS, new BigDecimal("22"));
    return new MonthlyStats(id, PERIOD, v);
  }

  @Test
  @DisplayName("rankings: each agent's ranks, conversion, reward and penalty as the table shows")
  void rankingTable() {
    for (String[] a : TEAM) {
      AgentRanking r = ranking.agent(a[0]).orElseThrow();
      String conversion =
          r.conversion()
              .map(c -> c.decimal(4, RoundingMode.HALF_UP).movePointRight(2).toPlainString() + "%")
              .orElse("—");
      String name = a[1].equals("lead") ? a[0] + " (lead)" : a[0];
      String row =
          String.join(
              " | ",
              "| " + name,
              grouped(new BigDecimal(a[2])),
              r.salesRank().map(String::valueOf).orElse("—"),
              a[3] + " / " + a[4],
              conversion,
              r.conversionRank().map(String::valueOf).orElse("—"),
              plain(r.reward()),
              plain(r.penalty()) + " |");
      assertBoth(Doc.RULES, "rankings", row);
    }
  }

  @Test
  @DisplayName("rewards: KF002's two rewards, KF005's two penalties, the lead not ranked")
  void rewardsExplained() {
    AgentRanking kf002 = ranking.agent("KF002").orElseThrow();
    AgentRanking kf005 = ranking.agent("KF005").orElseThrow();
    assertThat(kf002.reasons()).hasSize(2);
    assertThat(kf005.reasons()).hasSize(2);
    assertBoth(
        Doc.RULES,
        "rewards",
        "KF002: 200 + 200 = " + plain(kf002.reward()),
        "KF005: 50 + 50 = " + plain(kf005.penalty()));
    assertThat(ranking.agent("KF006").orElseThrow().salesRank()).isEmpty();
    // nobody holds sales rank 3: the tie at 2 skips it
    assertThat(ranking.agents()).noneMatch(x -> x.salesRank().equals(Optional.of(3)));
  }
}
