package com.jixiao.workbook.output;

import com.jixiao.assess.Severity;
import com.jixiao.i18n.Messages;
import com.jixiao.money.PointsPool;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summary / 汇总 (SPEC 5.2): key | value — period, agents, store revenue, the points pool, total
 * points, point value, total gross pay and the number of warnings. The key column shows the key's
 * label in the workbook's language.
 */
final class SummarySheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.summary";
  }

  /** One line: the key, its value (null for an empty cell) and how the value looks. */
  private record Entry(String key, Object value, Format format, String comment) {}

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    List<TableColumn<Entry>> columns =
        List.of(
            TableColumn.of(
                Labels.col(messages, "summary_key"),
                Format.TEXT,
                e -> messages.format("summary." + e.key())),
            TableColumn.<Entry>of(Labels.col(messages, "summary_value"), Format.TEXT, Entry::value)
                .withFormatOf(Entry::format)
                .withComment(Entry::comment));
    tables.write(sheetName, columns, entries(report, messages));
  }

  private static List<Entry> entries(MonthReport report, Messages messages) {
    PointsPool pool = report.money().pool();
    List<Entry> e = new ArrayList<>();
    e.add(new Entry("period", report.input().settings().period().toString(), Format.TEXT, null));
    e.add(new Entry("agents", report.scores().scores().size(), Format.INTEGER, null));
    e.add(
        new Entry(
            "store_revenue",
            report.input().settings().storeRevenue().orElse(null),
            Format.CURRENCY,
            null));
    e.add(new Entry("pool", pool.pool(), Format.CURRENCY, poolComment(report, messages)));
    e.add(new Entry("total_points", pool.totalPoints(), Format.DECIMAL2, null));
    e.add(new Entry("point_value", pool.pointValue().orElse(null), Format.DECIMAL4, null));
    e.add(
        new Entry(
            "total_gross_pay",
            report.money().payroll().total(l -> l.grossPay()),
            Format.CURRENCY,
            null));
    long warnings = report.alerts().stream().filter(a -> a.severity() != Severity.INFO).count();
    e.add(new Entry("warnings", warnings, Format.INTEGER, null));
    return e;
  }

  private static String poolComment(MonthReport report, Messages messages) {
    var settings = report.input().settings();
    String key = "comment.pool." + report.money().pool().status().name().toLowerCase(Locale.ROOT);
    return messages.format(
        key,
        settings.storeRevenue().map(Labels::plain).orElse(""),
        Labels.plain(settings.pointsPoolRate().movePointRight(2)) + "%",
        settings.storeRevenueTarget().map(Labels::plain).orElse(""),
        settings.storeRevenuePrevious().map(Labels::plain).orElse(""));
  }
}
