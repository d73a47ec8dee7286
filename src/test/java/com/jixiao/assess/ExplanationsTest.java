package com.jixiao.assess;

import static com.jixiao.assess.Fixtures.agent;
import static com.jixiao.assess.Fixtures.n;
import static com.jixiao.assess.Fixtures.perfect;
import static com.jixiao.assess.Fixtures.qa;
import static com.jixiao.assess.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every explanation and alert renders in Chinese and English, and reads as the rule book's example
 * (docs/rules.md#items).
 */
class ExplanationsTest {
  private final ItemRules rules = new ItemRules(com.jixiao.rules.Parameters.defaults());

  /** Months chosen to reach every branch of every item. */
  private static List<AgentMonth> variedMonths() {
    MonthlyStats base = perfect("KF001");
    MonthlyStats prev = perfect("KF001", Fixtures.PERIOD.minusMonths(1));
    List<AgentMonth> months = new ArrayList<>();
    for (String[] v :
        new String[][] {
          {"125000", "1", "0.015", "450", "0", "0", "2"},
          {"106000", "0.9", "0.012", "300", "1", "2", "1"},
          {"92000", "0.5", "0.007", "150", "3", "5", "0"},
          {"75000", "0.2", "0.001", "10", "4", "1", "3"},
          {"50000", "0.2", "0.001", "10", "1", "1", "3"},
        }) {
      MonthlyStats s =
          with(
              base,
              Metric.SALES,
              v[0],
              Metric.FLAGSHIP_RATIO,
              v[1],
              Metric.DEALS,
              new BigDecimal(v[2]).multiply(n("1000")).toPlainString(),
              Metric.INQUIRIES,
              v[3],
              Metric.LATE_COUNT,
              v[4],
              Metric.ORDERS,
              v[5].equals("5") ? "60" : "200",
              Metric.REFUND_ORDERS,
              v[6],
              Metric.GUIDANCE,
              v[4].equals("4") ? null : "2");
      QualitySummary q =
          v[4].equals("3") ? new QualitySummary(4, 1, 1, 1) : new QualitySummary(2, 0, 1, 0);
      months.add(new AgentMonth(s, Optional.of(with(prev, Metric.SALES, "100000")), q, n("1000")));
    }
    months.add(new AgentMonth(base, Optional.empty(), QualitySummary.NONE, n("1000")));
    return months;
  }

  @ParameterizedTest(name = "in {0}")
  @EnumSource(Language.class)
  void everyItemExplanationRendersInBothLanguages(Language language) {
    Messages messages = new Messages(language);
    List<String> keys = new ArrayList<>();
    for (AgentMonth m : variedMonths()) {
      for (Item item : Item.values()) {
        for (BigDecimal w : List.of(item.seedWeight(), n("10"))) {
          Message why = rules.score(item, w, m).explanation();
          keys.add(why.key());
          assertThat(messages.format(why)).as(why.key()).isNotBlank().doesNotContain("{");
        }
      }
    }
    assertThat(keys).contains("explain.sales_completion.above", "explain.not_rated");
  }

  @ParameterizedTest(name = "in {0}")
  @EnumSource(Language.class)
  void everyAlertAndItsTypeLabelRender(Language language) {
    Map<Item, BigDecimal> presales = new EnumMap<>(WeightTable.defaults().forRole(Role.PRESALES));
    presales.remove(Item.TEAMWORK);
    Map<Role, Map<Item, BigDecimal>> rows = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      rows.put(r, r == Role.PRESALES ? presales : WeightTable.defaults().forRole(r));
    }
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(new WeightTable(rows), d.bands(), d.commission(), d.params());
    Agent a = agent("KF001", "张三", Role.PRESALES);
    MonthResult r =
        MonthAssessor.assess(
            Fixtures.input(
                rules,
                List.of(a),
                List.of(perfect("KF001")),
                List.of(qa("KF001", Fixtures.PERIOD.atDay(1), QaCode.OK))));
    Messages messages = new Messages(language);
    assertThat(r.alerts())
        .extracting(Alert::type)
        .containsExactly("no_previous_month", "weights_not_100");
    for (Alert alert : r.alerts()) {
      assertThat(messages.format(alert.message())).isNotBlank().doesNotContain("{");
      assertThat(messages.format("alert.type." + alert.type())).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ZH | 92000  | 完成率 92.0%：低于100% 1档，−1",
        "EN | 92000  | Completion 92.0%: 1 step(s) below 100%, −1",
        "ZH | 94990  | 完成率 94.99%：低于100% 1档，−1",
        "ZH | 97900  | 完成率 97.9%：低于100%但不足5%，不扣分，30",
        "EN | 97900  | Completion 97.9%: below 100% by less than one 5% step, no deduction, 30",
        "EN | 110001 | Completion 110.01%: above 110%, 32",
        "EN | 105000 | Completion 105.0%: 100%–110%, 30",
      })
  void aCompletionExplanationReadsLikeTheSpec(Language language, String sales, String text) {
    MonthlyStats s = with(perfect("KF001"), Metric.SALES, sales);
    Message why = rules.score(Item.SALES_COMPLETION, n("30"), Fixtures.month(s)).explanation();
    assertThat(new Messages(language).format(why)).isEqualTo(text);
  }

  @Test
  void aScaledExplanationNamesTheWeight() {
    MonthlyStats s = with(perfect("KF001"), Metric.SALES, "92000");
    Message why = rules.score(Item.SALES_COMPLETION, n("15"), Fixtures.month(s)).explanation();
    assertThat(new Messages(Language.ZH).format(why))
        .isEqualTo("完成率 92.0%：低于100% 1档，−1；按权重 15/30 折算");
    assertThat(new Messages(Language.EN).format(why))
        .isEqualTo("Completion 92.0%: 1 step(s) below 100%, −1; scaled by weight 15/30");
  }

  @ParameterizedTest(name = "{0} has the same keys in zh and en")
  @CsvSource({"explain", "alerts"})
  void bothBundlesHaveTheSameKeys(String bundle) throws IOException {
    assertThat(load(bundle + "_zh").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load(bundle + "_en").stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    String path = "/com/jixiao/i18n/" + name + ".properties";
    try (InputStream in = ExplanationsTest.class.getResourceAsStream(path);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
