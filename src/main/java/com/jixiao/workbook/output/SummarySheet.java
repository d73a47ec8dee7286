package com.jixiao.workbook.output;

import com.jixiao.assess.Severity;
import com.jixiao.i18n.Messages;
import com.jixiao.money.PointsPool;
import com.jixiao.report.MonthReport;
import com.jixiao.report.Revision;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summary / 汇总 (docs/workbook.md#output-summary): key | value — period, agents, store revenue, the
 * points pool, total points, point value, total gross pay and the number of warnings. The key
 * column shows the key's label in the workbook's language.
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
    revision(report, messages, e);
    return e;
  }

  /**
   * Which version of the month's results this is and what it was made from: the version, the run's
   * fingerprint (its run record; the manifest of a final month states the same), the earlier
   * version compared with, a final month's reason to reopen, and the day the run counted as today
   * for the confirmation deadline.
   */
  private static void revision(MonthReport report, Messages messages, List<Entry> e) {
    Revision r = report.revision();
    e.add(new Entry("version", r.version(), Format.INTEGER, null));
    if (!r.fingerprint().isEmpty()) {
      e.add(
          new Entry(
              "fingerprint",
              r.shortFingerprint(),
              Format.TEXT,
              messages.format("comment.fingerprint", r.fingerprint())));
    }
    r.earlier()
        .ifPresent(
            earlier ->
                e.add(
                    new Entry(
                        "earlier",
                        messages.format(
                            "summary.earlier_value",
                            String.valueOf(earlier.version()),
                            earlier.file()),
                        Format.TEXT,
                        null)));
    r.reopened().ifPresent(reason -> e.add(new Entry("reopened", reason, Format.TEXT, null)));
    report
        .secondPass()
        .asOf()
        .filter(d -> report.secondPass().recorded())
        .ifPresent(d -> e.add(new Entry("as_of", d, Format.DATE, null)));
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
