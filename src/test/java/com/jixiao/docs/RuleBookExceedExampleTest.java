package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.money;
import static com.jixiao.docs.RuleBook.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.MonthInput;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.money.ExceedReward;
import com.jixiao.money.PayrollLine;
import com.jixiao.report.MonthReport;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.RuleSet;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule book's example of the extra reward for exceeding an item (docs/rules.md#exceed): the
 * sample assessed with the example's parameters by the program's own classes; every agent rewarded
 * is a row of the example, with the program's figures.
 */
class RuleBookExceedExampleTest {
  private static final Path SAMPLE = Path.of("sample-workbooks", "sample-zh.xlsx");

  @Test
  @DisplayName("exceed: sales completion ≥ 110% pays 100 + 5% of performance pay, at most 200")
  void theExampleIsWhatTheProgramPays() {
    ReadResult read = WorkbookReader.read(SAMPLE);
    MonthInput sample = read.input().orElseThrow();
    Map<Param, Object> set = new EnumMap<>(Param.class);
    set.put(
        Param.EXCEED_SALES_COMPLETION_THRESHOLD,
        parse(Param.EXCEED_SALES_COMPLETION_THRESHOLD, "110%"));
    set.put(
        Param.EXCEED_SALES_COMPLETION_AMOUNT, parse(Param.EXCEED_SALES_COMPLETION_AMOUNT, "100"));
    set.put(Param.EXCEED_SALES_COMPLETION_SHARE, parse(Param.EXCEED_SALES_COMPLETION_SHARE, "5%"));
    set.put(Param.EXCEED_SALES_COMPLETION_CAP, parse(Param.EXCEED_SALES_COMPLETION_CAP, "200"));
    RuleSet r = sample.rules();
    MonthInput input =
        new MonthInput(
            sample.settings(),
            new RuleSet(r.weights(), r.bands(), r.commission(), r.params().with(set)),
            sample.agents(),
            sample.salaryLevels(),
            sample.monthly(),
            sample.quality(),
            sample.points(),
            sample.holidays());
    List<PayrollLine> rewarded =
        MonthReport.of(input, List.of()).money().payroll().lines().stream()
            .filter(l -> !l.exceed().isEmpty())
            .toList();
    assertThat(rewarded).hasSize(2);
    for (PayrollLine l : rewarded) {
      ExceedReward e = l.exceed().get(0);
      BigDecimal share =
          e.rule().share().multiply(l.performancePay()).setScale(2, RoundingMode.HALF_UP);
      String achieved =
          e.achievement()
                  .decimal(6, RoundingMode.FLOOR)
                  .movePointRight(2)
                  .setScale(2, RoundingMode.FLOOR)
              + "%";
      assertBoth(
          Doc.RULES,
          "exceed",
          "| "
              + l.agent().id()
              + " | "
              + achieved
              + " | "
              + money(l.performancePay())
              + " | "
              + plain(e.rule().amount())
              + " + "
              + money(share)
              + " = "
              + money(e.uncapped())
              + " | "
              + plain(e.rule().cap().orElseThrow())
              + " | "
              + money(l.exceedReward())
              + " |");
    }
  }

  private static Object parse(Param p, String text) {
    return ParamParser.parse(p, text).orElseThrow();
  }
}
