package com.jixiao.samples;

import com.jixiao.files.AtomicFiles;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import com.jixiao.samples.SampleWorkbooks.AgentSpec;
import com.jixiao.samples.SampleWorkbooks.MonthRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample back-office exports of {@code sample-workbooks/exports/} for the Chinese
 * sample's September, as a shop's customer-service analytics (赤兔名品) gives them: the presales team's
 * report as two GBK CSV files, one per half-month (title rows, a totals row, a source note, numbers
 * with thousands separators, "-" for none, rates and averages that cannot be added up), and the
 * aftersales team's month as an .xlsx with merged title cells. Their figures add up exactly to the
 * sample's September: importing them into {@code sample-zh-before-import.xlsx} gives the Chinese
 * sample's assessment ({@code SampleExportsTest}).
 */
public final class SampleExports {
  static final String DIR = "exports";
  static final String PRESALES_FIRST = "售前客服绩效_2026-09-01_2026-09-15.csv";
  static final String PRESALES_SECOND = "售前客服绩效_2026-09-16_2026-09-30.csv";
  static final String AFTERSALES = "售后客服数据_2026-09.xlsx";

  /** The Monthly columns the exports give (so the before-import sample leaves them blank). */
  static final List<Metric> FIELDS =
      List.of(
          Metric.INQUIRIES,
          Metric.RECEPTIONS,
          Metric.DEALS,
          Metric.SALES,
          Metric.ORDERS,
          Metric.REFUND_ORDERS,
          Metric.GOOD_REVIEWS,
          Metric.AVG_RESPONSE_SECONDS,
          Metric.SATISFACTION);

  private static final Charset GBK = Charset.forName("GBK");
  private static final int TEAM_AFTERSALES = 2;

  private SampleExports() {}

  /** Writes the three exports into {@code dir}; returns their paths. */
  public static List<Path> write(Path dir) throws IOException {
    List<MonthRow> period =
        new SampleWorkbooks.MonthlyData(new Random(SampleWorkbooks.SEED))
            .rows().stream().filter(r -> r.month().equals(SampleWorkbooks.PERIOD)).toList();
    List<MonthRow> presales =
        period.stream().filter(r -> r.agent().team() != TEAM_AFTERSALES).toList();
    List<MonthRow> aftersales =
        period.stream().filter(r -> r.agent().team() == TEAM_AFTERSALES).toList();
    List<Path> written = new ArrayList<>();
    written.add(gbk(dir.resolve(PRESALES_FIRST), presalesCsv(presales, 0)));
    written.add(gbk(dir.resolve(PRESALES_SECOND), presalesCsv(presales, 1)));
    Path xlsx = dir.resolve(AFTERSALES);
    try (XSSFWorkbook wb = aftersalesXlsx(aftersales)) {
      AtomicFiles.write(xlsx, wb::write);
    }
    written.add(xlsx);
    return written;
  }

  // ---- presales: two half-month CSV files ----

  /** Days 1–15 carry 7/15 of each count (rounded down) and of the sales; days 16–30 the rest. */
  static String presalesCsv(List<MonthRow> rows, int half) {
    String days = half == 0 ? "2026-09-01 ~ 2026-09-15" : "2026-09-16 ~ 2026-09-30";
    StringBuilder b = new StringBuilder();
    line(b, "客服绩效报表（" + SampleWorkbooks.SHOP_ZH + "）");
    line(b, "统计时间：" + days);
    line(
        b,
        "旺旺",
        "咨询人数",
        "接待人数",
        "询单人数",
        "最终付款人数",
        "询单->最终付款成功率",
        "销售额",
        "销售量",
        "客单价",
        "退款笔数",
        "好评数",
        "平均响应(秒)",
        "满意率");
    long[] totals = new long[7];
    BigDecimal totalSales = BigDecimal.ZERO;
    for (MonthRow r : rows) {
      long inquiries = split(count(r, Metric.INQUIRIES), half);
      long asked = inquiries - inquiries / 12;
      long deals = split(count(r, Metric.DEALS), half);
      BigDecimal sales = splitMoney((BigDecimal) r.values().get(Metric.SALES), half);
      long[] counts = {
        inquiries,
        split(count(r, Metric.RECEPTIONS), half),
        asked,
        deals,
        split(count(r, Metric.ORDERS), half),
        split(count(r, Metric.REFUND_ORDERS), half),
        split(count(r, Metric.GOOD_REVIEWS), half)
      };
      for (int i = 0; i < counts.length; i++) {
        totals[i] += counts[i];
      }
      totalSales = totalSales.add(sales);
      line(
          b,
          agentName(r.agent()),
          grouped(counts[0]),
          grouped(counts[1]),
          grouped(counts[2]),
          grouped(counts[3]),
          percent(deals, asked),
          money(sales),
          grouped(counts[4]),
          deals == 0
              ? "-"
              : money(sales.divide(BigDecimal.valueOf(deals), 2, RoundingMode.HALF_UP)),
          counts[5] == 0 ? "-" : grouped(counts[5]),
          grouped(counts[6]),
          halfAverage((BigDecimal) r.values().get(Metric.AVG_RESPONSE_SECONDS), half),
          halfRate((BigDecimal) r.values().get(Metric.SATISFACTION), half));
    }
    line(
        b,
        "合计",
        grouped(totals[0]),
        grouped(totals[1]),
        grouped(totals[2]),
        grouped(totals[3]),
        percent(totals[3], totals[2]),
        money(totalSales),
        grouped(totals[4]),
        "-",
        grouped(totals[5]),
        grouped(totals[6]),
        "-",
        "-");
    line(b, "数据来源：赤兔名品　导出时间：2026-10-08 09:30");
    return b.toString();
  }

  /** The export names most agents by sub-account; KF009 (no account) as shop:name. */
  private static String agentName(AgentSpec a) {
    return SampleWorkbooks.account(a, Language.ZH).orElse(SampleWorkbooks.SHOP_ZH + ":" + a.zh());
  }

  private static long count(MonthRow r, Metric m) {
    return ((Number) r.values().get(m)).longValue();
  }

  private static long split(long total, int half) {
    long first = total * 7 / 15;
    return half == 0 ? first : total - first;
  }

  private static BigDecimal splitMoney(BigDecimal total, int half) {
    BigDecimal first =
        total
            .multiply(BigDecimal.valueOf(7))
            .divide(BigDecimal.valueOf(15), 2, RoundingMode.HALF_UP);
    return half == 0 ? first : total.subtract(first);
  }

  /** A half-month's average response: not the month's (and not importable across two rows). */
  private static String halfAverage(BigDecimal month, int half) {
    return month
        .add(new BigDecimal(half == 0 ? "-1.2" : "1.3"))
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String halfRate(BigDecimal month, int half) {
    BigDecimal r = month.add(new BigDecimal(half == 0 ? "-0.004" : "0.003")).min(BigDecimal.ONE);
    return r.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String percent(long part, long whole) {
    if (whole == 0) {
      return "-";
    }
    return BigDecimal.valueOf(part * 100)
            .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** One CSV line; a cell with a comma or quote is quoted. */
  private static void line(StringBuilder b, String... cells) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    b.append(String.join(",", out)).append("\r\n");
  }

  private static Path gbk(Path path, String text) throws IOException {
    ByteBuffer bytes =
        GBK.newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    AtomicFiles.write(path, out -> out.write(bytes.array(), 0, bytes.limit()));
    return path;
  }

  // ---- aftersales: one .xlsx for the month ----

  private static final List<String> AFTERSALES_HEADER =
      List.of("客服", "咨询人数", "接待人数", "最终付款人数", "销售额", "销售量", "退款笔数", "好评数", "满意度", "平均响应(秒)");

  /**
   * The aftersales team's month: merged title rows, number cells (sales with thousands separators,
   * satisfaction as a percent), a totals row. The agents are named by the sub-account without the
   * shop, and the team lead KF011 by her name.
   */
  static XSSFWorkbook aftersalesXlsx(List<MonthRow> rows) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("售后客服");
    CellStyle money = wb.createCellStyle();
    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    int width = AFTERSALES_HEADER.size();
    title(sheet, 0, "售后客服数据（" + SampleWorkbooks.SHOP_ZH + "）2026年9月", width);
    title(sheet, 1, "统计周期：2026-09-01 至 2026-09-30", width);
    Row header = sheet.createRow(2);
    for (int c = 0; c < width; c++) {
      header.createCell(c).setCellValue(AFTERSALES_HEADER.get(c));
    }
    int r = 3;
    double[] totals = new double[7];
    for (MonthRow m : rows) {
      Row row = sheet.createRow(r++);
      AgentSpec a = m.agent();
      String nick = SampleWorkbooks.NICKNAMES.get(a.id());
      row.createCell(0).setCellValue(a.role() == Role.LEAD ? a.zh() : nick);
      Metric[] counts = {Metric.INQUIRIES, Metric.RECEPTIONS, Metric.DEALS};
      for (int i = 0; i < counts.length; i++) {
        row.createCell(1 + i).setCellValue(count(m, counts[i]));
        totals[i] += count(m, counts[i]);
      }
      BigDecimal sales = (BigDecimal) m.values().get(Metric.SALES);
      row.createCell(4).setCellValue(sales.doubleValue());
      row.getCell(4).setCellStyle(money);
      totals[3] += sales.doubleValue();
      Metric[] more = {Metric.ORDERS, Metric.REFUND_ORDERS, Metric.GOOD_REVIEWS};
      for (int i = 0; i < more.length; i++) {
        row.createCell(5 + i).setCellValue(count(m, more[i]));
        totals[4 + i] += count(m, more[i]);
      }
      row.createCell(8)
          .setCellValue(((BigDecimal) m.values().get(Metric.SATISFACTION)).doubleValue());
      row.getCell(8).setCellStyle(percent);
      row.createCell(9)
          .setCellValue(((BigDecimal) m.values().get(Metric.AVG_RESPONSE_SECONDS)).doubleValue());
    }
    Row total = sheet.createRow(r);
    total.createCell(0).setCellValue("总计");
    for (int i = 0; i < 3; i++) {
      total.createCell(1 + i).setCellValue(totals[i]);
    }
    total.createCell(4).setCellValue(totals[3]);
    total.getCell(4).setCellStyle(money);
    for (int i = 0; i < 3; i++) {
      total.createCell(5 + i).setCellValue(totals[4 + i]);
    }
    for (int c = 0; c < width; c++) {
      sheet.setColumnWidth(c, (c == 0 ? 14 : 11) * 256);
    }
    wb.getProperties()
        .getCoreProperties()
        .setCreated(Optional.of(Date.from(java.time.Instant.parse("2026-10-08T01:30:00Z"))));
    return wb;
  }

  private static void title(XSSFSheet sheet, int row, String text, int width) {
    sheet.createRow(row).createCell(0).setCellValue(text);
    sheet.addMergedRegion(new CellRangeAddress(row, row, 0, width - 1));
  }

  static List<String> files() {
    return Arrays.asList(PRESALES_FIRST, PRESALES_SECOND, AFTERSALES);
  }
}
