package com.jixiao.ranking;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.assertEach;

import com.jixiao.assess.CompetitionRanks;
import com.jixiao.assess.Ratio;
import com.jixiao.docs.RuleBook.Doc;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule book's example of ties at a tier boundary (docs/rules.md#tiers), classified by {@link
 * Tiers#classify}, which is package-private: hence this test lives in the ranking package.
 */
class RuleBookTiersExampleTest {
  private static final String[] SCORES = {
    "98.00", "96.00", "96.00", "90.00", "85.00", "80.00", "72.00", "72.00"
  };

  @Test
  @DisplayName("tiers: 8 agents, k = 2; a tie across the top boundary makes three elite")
  void tiesGoToTheBetterClass() {
    Map<String, Ratio> means = new LinkedHashMap<>();
    Map<String, Integer> months = new LinkedHashMap<>();
    List<Ratio> values = new ArrayList<>();
    for (int i = 0; i < SCORES.length; i++) {
      Ratio r = Ratio.of(new BigDecimal(SCORES[i]));
      means.put("a" + i, r);
      months.put("a" + i, 3);
      values.add(r);
    }
    Tiers t = Tiers.classify(YearMonth.of(2026, 9), means, months, new BigDecimal("0.2"));
    String product =
        BigDecimal.valueOf(SCORES.length)
            .multiply(new BigDecimal("0.2"))
            .stripTrailingZeros()
            .toPlainString();
    List<Integer> ranks = CompetitionRanks.of(values, Comparator.reverseOrder());
    String classes =
        means.keySet().stream()
            .map(id -> t.classOf(id).orElseThrow().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" | "));

    assertBoth(
        Doc.RULES,
        "tiers",
        "| score | " + String.join(" | ", SCORES) + " |",
        "| rank | " + ranks.stream().map(String::valueOf).collect(Collectors.joining(" | ")) + " |",
        "| class | " + classes + " |");
    assertEach(
        Doc.RULES,
        "tiers",
        "k = " + product + " 四舍五入 = " + t.k(),
        "k = round-half-up(" + product + ") = " + t.k());
  }
}
