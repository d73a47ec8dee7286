package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.AgentMonth;
import com.jixiao.assess.ItemRules;
import com.jixiao.assess.QualitySummary;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule book's example tables of the 19 items (docs/rules.md#items and the item sections),
 * computed by {@link ItemRules}: each row of the books must show the score the program gives for
 * the row's inputs, in both languages.
 */
class RuleBookItemsTest {
  private static final YearMonth PERIOD = YearMonth.of(2026, 9);
  private static final BigDecimal STORE_ORDERS = new BigDecimal("1000");
  private static final ItemRules RULES = new ItemRules(Parameters.defaults());

  /** One example row: its section, the row's input cells as printed, and how to score it. */
  record Row(
      String anchor,
      String cells,
      ItemRules rules,
      Item item,
      AgentMonth month,
      String... weights) {
    /** "| inputs | score on w1 | score on w2 |": the row as the books must print it. */
    String expected() {
      StringBuilder b = new StringBuilder(cells);
      for (String w :
          weights.length == 0 ? new String[] {item.seedWeight().toPlainString()} : weights) {
        b.append(" | ").append(rules.score(item, new BigDecimal(w), month).score().toPlainString());
      }
      return b.append(" |").toString();
    }

    @Override
    public String toString() {
      return anchor + " " + cells;
    }
  }

  private static Row row(String anchor, String cells, Item item, AgentMonth month, String... w) {
    return new Row(anchor, cells, RULES, item, month, w);
  }

  private static MonthlyStats stats(Object... metricAndValue) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    for (int i = 0; i < metricAndValue.length; i += 2) {
      v.put((Metric) metricAndValue[i], new BigDecimal(metricAndValue[i + 1].toString()));
    }
    return new MonthlyStats("KF001", PERIOD, v);
  }

  private static AgentMonth month(Object... metricAndValue) {
    return new AgentMonth(
        stats(metricAndValue), Optional.empty(), QualitySummary.NONE, STORE_ORDERS);
  }

  private static AgentMonth growth(String sales, String previous) {
    MonthlyStats prev =
        new MonthlyStats(
            "KF001", PERIOD.minusMonths(1), Map.of(Metric.SALES, new BigDecimal(previous)));
    return new AgentMonth(
        stats(Metric.SALES, sales), Optional.of(prev), QualitySummary.NONE, STORE_ORDERS);
  }

  private static AgentMonth service(String complaints, int nonFatal, int fatal) {
    return new AgentMonth(
        stats(Metric.COMPLAINTS, complaints),
        Optional.empty(),
        new QualitySummary(10, fatal, nonFatal, 0),
        STORE_ORDERS);
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    String sc = "item-sales-completion";
    for (String[] r :
        new String[][] {
          {"110,001", "110001", "110.001%"},
          {"110,000", "110000", "110.00%"},
          {"95,010", "95010", "95.01%"},
          {"95,000", "95000", "95.00%"},
          {"94,999", "94999", "94.999%"},
          {"64,760", "64760", "64.76%"}
        }) {
      rows.add(
          row(
              sc,
              "| " + r[0] + " | 100,000 | " + r[2],
              Item.SALES_COMPLETION,
              month(Metric.SALES, r[1], Metric.SALES_TARGET, "100000"),
              "30",
              "15"));
    }
    for (String[] r :
        new String[][] {
          {"100,000", "100000", "+25.00%"},
          {"99,200", "99200", "+24.00%"},
          {"94,000", "94000", "+17.50%"},
          {"84,000", "84000", "+5.00%"},
          {"83,990", "83990", "+4.99%"},
          {"64,000", "64000", "−20.00%"},
          {"63,920", "63920", "−20.10%"},
          {"48,000", "48000", "−40.00%"},
          {"47,920", "47920", "−40.10%"}
        }) {
      rows.add(
          row(
              "item-sales-growth",
              "| " + r[0] + " | 80,000 | " + r[2],
              Item.SALES_GROWTH,
              growth(r[1], "80000")));
    }
    for (String[] r :
        new String[][] {
          {"15", "1000", "1.50%"},
          {"14", "1000", "1.40%"},
          {"10", "1000", "1.00%"},
          {"9", "1000", "0.90%"},
          {"5", "1000", "0.50%"},
          {"4", "1000", "0.40%"},
          {"3", "0", "0"}
        }) {
      String visitors = r[1].equals("1000") ? "1,000" : r[1];
      rows.add(
          row(
              "item-conversion",
              "| " + r[0] + " | " + visitors + " | " + r[2],
              Item.CONVERSION,
              month(Metric.DEALS, r[0], Metric.VISITORS, r[1])));
    }
    for (String[] r :
        new String[][] {{"100%", "1"}, {"80%", "0.8"}, {"79.9%", "0.799"}, {"0%", "0"}}) {
      rows.add(
          row("item-flagship", "| " + r[0], Item.FLAGSHIP, month(Metric.FLAGSHIP_RATIO, r[1])));
    }
    for (String[] r :
        new String[][] {{"2", "200", "1.00%"}, {"1", "200", "0.50%"}, {"0", "0", "0"}}) {
      rows.add(
          row(
              "item-refund-rate",
              "| " + r[0] + " | " + r[1] + " | " + r[2],
              Item.REFUND_RATE,
              month(Metric.REFUND_ORDERS, r[0], Metric.ORDERS, r[1])));
    }
    for (String[] r :
        new String[][] {
          {"360", "80.00%"}, {"359", "79.78%"}, {"270", "60.00%"},
          {"269", "59.78%"}, {"135", "30.00%"}, {"134", "29.78%"}
        }) {
      rows.add(
          row(
              "item-inquiries",
              "| " + r[0] + " | 450 | " + r[1],
              Item.INQUIRIES,
              month(Metric.INQUIRIES, r[0])));
    }
    Parameters standard300 =
        Parameters.defaults()
            .with(
                Map.of(
                    Param.INQUIRIES_STANDARD,
                    ParamParser.parse(Param.INQUIRIES_STANDARD, "300").orElseThrow()));
    rows.add(
        new Row(
            "item-inquiries",
            "| 240 | 300 | 80.00%",
            new ItemRules(standard300),
            Item.INQUIRIES,
            month(Metric.INQUIRIES, "240")));
    for (String d : List.of("0", "1", "2")) {
      rows.add(row("item-disputes", "| " + d, Item.DISPUTES, month(Metric.DISPUTES, d)));
    }
    for (String[] r : new String[][] {{"100", "10.00%"}, {"99", "9.90%"}, {"49", "4.90%"}}) {
      rows.add(
          row(
              "item-personal-share",
              "| " + r[0] + " | 1,000 | " + r[1],
              Item.PERSONAL_SHARE,
              month(Metric.ORDERS, r[0])));
    }
    for (String[] r :
        new String[][] {{"0", "0"}, {"1", "1"}, {"0", "0.5"}, {"3", "0"}, {"3", "2"}, {"4", "0"}}) {
      rows.add(
          row(
              "item-attendance",
              "| " + r[0] + " | " + r[1],
              Item.ATTENDANCE,
              month(Metric.LATE_COUNT, r[0], Metric.ABSENT_DAYS, r[1])));
    }
    for (String v : List.of("0", "1")) {
      rows.add(
          row("item-etiquette", "| " + v, Item.ETIQUETTE, month(Metric.ETIQUETTE_VIOLATIONS, v)));
    }
    rows.add(
        row("item-service-attitude", "| 0 | 0 | 0", Item.SERVICE_ATTITUDE, service("0", 0, 0)));
    rows.add(
        row("item-service-attitude", "| 1 | 2 | 0", Item.SERVICE_ATTITUDE, service("1", 2, 0)));
    rows.add(
        row("item-service-attitude", "| 3 | 0 | 0", Item.SERVICE_ATTITUDE, service("3", 0, 0)));
    rows.add(
        row("item-service-attitude", "| 0 | 2 | 1", Item.SERVICE_ATTITUDE, service("0", 2, 1)));
    for (String[] r : new String[][] {{"2", "2"}, {"2", "1"}, {"3", "3"}, {"0", "0"}}) {
      rows.add(
          row(
              "item-reports",
              "| " + r[0] + " | " + r[1],
              Item.REPORTS,
              month(Metric.REPORTS_ON_TIME, r[0], Metric.REPORTS_QUALITY_OK, r[1])));
    }
    for (String v : List.of("0", "1", "5")) {
      rows.add(row("item-team-rules", "| " + v, Item.TEAM_RULES, month(Metric.RULE_VIOLATIONS, v)));
    }
    for (String v : List.of("0", "1")) {
      rows.add(row("item-teamwork", "| " + v, Item.TEAMWORK, month(Metric.TEAMWORK_INCIDENTS, v)));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @DisplayName("Every example row of the item sections shows the score ItemRules gives")
  void itemExampleRows(Row row) {
    assertBoth(Doc.RULES, row.anchor(), row.expected());
  }

  @Test
  @DisplayName("9–12, 15: the level table shows W0 × level / highest level for every level")
  void levelTable() {
    Item[] columns = {
      Item.PRODUCT_KNOWLEDGE,
      Item.COMMUNICATION,
      Item.ADAPTABILITY,
      Item.GUIDANCE,
      Item.RESPONSIBILITY
    };
    for (int level = 1; level <= 4; level++) {
      StringBuilder b = new StringBuilder("| " + level);
      for (Item item : columns) {
        Metric metric = Metric.valueOf(item.name());
        int max = metric.type().maxLevel();
        String cell =
            level > max
                ? "—"
                : RULES
                    .score(item, item.seedWeight(), month(metric, level))
                    .score()
                    .toPlainString();
        b.append(" | ").append(cell);
      }
      assertBoth(Doc.RULES, "item-levels", b.append(" |").toString());
    }
  }

  @Test
  @DisplayName("Another weight scales the score on W0: the items section's three examples")
  void scaledByAnotherWeight() {
    AgentMonth ninetyFive = month(Metric.SALES, "95000", Metric.SALES_TARGET, "100000");
    AgentMonth above = month(Metric.SALES, "110001", Metric.SALES_TARGET, "100000");
    BigDecimal fifteen = new BigDecimal("15");
    BigDecimal onW0 = RULES.score(Item.SALES_COMPLETION, new BigDecimal("30"), ninetyFive).score();
    BigDecimal aboveOnW0 = RULES.score(Item.SALES_COMPLETION, new BigDecimal("30"), above).score();
    assertBoth(
        Doc.RULES,
        "items",
        "15 × "
            + RuleBook.plain(onW0)
            + " / 30 = "
            + RULES.score(Item.SALES_COMPLETION, fifteen, ninetyFive).score(),
        "15 × "
            + RuleBook.plain(aboveOnW0)
            + " / 30 = "
            + RULES.score(Item.SALES_COMPLETION, fifteen, above).score(),
        "10 × (5 × 2/3) / 5 = "
            + RULES
                .score(Item.PRODUCT_KNOWLEDGE, BigDecimal.TEN, month(Metric.PRODUCT_KNOWLEDGE, 2))
                .score());
  }

  @Test
  @DisplayName(
      "The item cell comment quoted for 95.00% completion is the program's, in each language")
  void explanationQuoted() {
    var score =
        RULES.score(
            Item.SALES_COMPLETION,
            new BigDecimal("30"),
            month(Metric.SALES, "95000", Metric.SALES_TARGET, "100000"));
    String zh = new Messages(Language.ZH).format(score.explanation());
    String en = new Messages(Language.EN).format(score.explanation());
    assertThat(zh).contains("95.0%");
    // each book quotes both: its own language first, the other in brackets
    assertBoth(Doc.RULES, "items", zh, en);
  }

  @Test
  @DisplayName("Every item's row in the items table has its key, Chinese name and W0")
  void itemsTable() {
    for (Item item : Item.values()) {
      String start = "| " + item.number() + " | `" + item.key() + "` | " + item.zh() + " | ";
      for (var file : List.of(Doc.RULES.zh(), Doc.RULES.en())) {
        String line =
            RuleBook.read(file)
                .lines()
                .filter(l -> l.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no row " + start));
        assertThat(line)
            .as("%s W0 of %s", file, item.key())
            .contains(" | " + item.seedWeight() + " | ");
      }
    }
  }
}
