package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.money.Commission;
import com.jixiao.money.PayrollLine;
import com.jixiao.report.MonthReport;
import com.jixiao.rules.ExceedRule;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableLayout;
import com.jixiao.workbook.TableWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Payroll / 工资表 (docs/workbook.md#output-payroll), for finance: every component of gross pay in its
 * own currency column, a totals row of SUM formulas, printable on A4 landscape. gross_pay =
 * level_wage + performance_pay + commission + rewards − penalties + points_bonus (+ exceed_reward,
 * a column of its own when the extra reward for exceeding an item is on).
 */
final class PayrollSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.payroll";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    tables.write(
        sheetName,
        columns(messages, !ExceedRule.of(report.input().rules().params()).isEmpty()),
        report.money().payroll().lines(),
        TableLayout.withTotals(messages.format("payroll.totals")).forPrinting());
  }

  /** The exceed-reward column only when that rule is on, so the default Payroll is unchanged. */
  private static List<TableColumn<PayrollLine>> columns(Messages messages, boolean exceed) {
    List<TableColumn<PayrollLine>> columns =
        new ArrayList<>(
            List.of(
                TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, l -> l.agent().id()),
                TableColumn.of(Labels.col(messages, "name"), Format.TEXT, l -> l.agent().name()),
                TableColumn.of(Labels.col(messages, "team"), Format.TEXT, l -> l.agent().team()),
                TableColumn.of(
                    Labels.col(messages, "salary_level"),
                    Format.INTEGER,
                    l -> l.agent().salaryLevel()),
                money(messages, "level_wage", PayrollLine::levelWage),
                money(messages, "performance_wage", PayrollLine::performanceWage),
                TableColumn.of(
                    Labels.col(messages, "coefficient"), Format.DECIMAL2, PayrollLine::coefficient),
                money(messages, "performance_pay", PayrollLine::performancePay),
                money(messages, "commission", PayrollLine::commission)
                    .withComment(l -> commissionComment(messages, l)),
                money(messages, "rewards", PayrollLine::rewards),
                money(messages, "penalties", PayrollLine::penalties),
                money(messages, "points_bonus", PayrollLine::pointsBonus),
                money(messages, "gross_pay", PayrollLine::grossPay)));
    if (exceed) {
      columns.add(
          columns.size() - 3,
          money(messages, "exceed_reward", PayrollLine::exceedReward)
              .withComment(l -> exceedComment(messages, l)));
    }
    return columns;
  }

  /** One line per item exceeded: "销售额完成率 125.0% ≥ 120%：200 + 10% × 1800.00 = 380.00". */
  private static String exceedComment(Messages messages, PayrollLine line) {
    if (line.exceed().isEmpty()) {
      return null;
    }
    return line.exceed().stream()
        .map(e -> messages.format(e.why()))
        .collect(Collectors.joining("\n"));
  }

  private static TableColumn<PayrollLine> money(
      Messages messages, String key, Function<PayrollLine, BigDecimal> amount) {
    return TableColumn.<PayrollLine>of(
            Labels.col(messages, key), Format.CURRENCY, l -> amount.apply(l))
        .withTotal();
  }

  /** "销售额 120000: 50000 × 1% + 50000 × 2% + 20000 × 3%". */
  private static String commissionComment(Messages messages, PayrollLine line) {
    String parts =
        line.commissionParts().stream()
            .map(p -> Labels.plain(p.base()) + " × " + percent(p))
            .collect(Collectors.joining(" + "));
    return messages.format(
        "comment.commission", Labels.plain(line.sales()), parts.isEmpty() ? "0" : parts);
  }

  private static String percent(Commission.Part part) {
    return Labels.plain(part.tier().rate().movePointRight(2)) + "%";
  }
}
