package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.money.Commission;
import com.jixiao.money.PayrollLine;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableLayout;
import com.jixiao.workbook.TableWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Payroll / 工资表 (SPEC 5.2), for finance: every component of gross pay in its own currency column, a
 * totals row of SUM formulas, printable on A4 landscape. gross_pay = level_wage + performance_pay +
 * commission + rewards − penalties + points_bonus.
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
        columns(messages),
        report.money().payroll().lines(),
        TableLayout.withTotals(messages.format("payroll.totals")).forPrinting());
  }

  private static List<TableColumn<PayrollLine>> columns(Messages messages) {
    return List.of(
        TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, l -> l.agent().id()),
        TableColumn.of(Labels.col(messages, "name"), Format.TEXT, l -> l.agent().name()),
        TableColumn.of(Labels.col(messages, "team"), Format.TEXT, l -> l.agent().team()),
        TableColumn.of(
            Labels.col(messages, "salary_level"), Format.INTEGER, l -> l.agent().salaryLevel()),
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
        money(messages, "gross_pay", PayrollLine::grossPay));
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
