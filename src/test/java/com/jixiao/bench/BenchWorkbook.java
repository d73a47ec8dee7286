package com.jixiao.bench;

import com.jixiao.files.AtomicFiles;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.workbook.Column;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large standard workbook for benchmarks: N agents × M months (the last month is the
 * period) with about 30 QA rows per agent per month and a few Points rows, realistic enough that
 * every rule has work to do. Deterministic for a given (agents, months).
 */
public final class BenchWorkbook {
  static final int QA_PER_AGENT_MONTH = 30;

  /** Data rows a sheet can hold: Excel's 1,048,576 rows less the header. */
  static final int SHEET_ROWS = 1_048_575;

  /**
   * QA rows per agent per month: 30, or fewer when the Quality sheet would pass Excel's row limit
   * (10,000 agents × 12 months × 30 = 3.6 million rows; no workbook can hold them in one sheet).
   */
  static int qaPerAgentMonth(int agents, int months) {
    return Math.min(QA_PER_AGENT_MONTH, SHEET_ROWS / (agents * months));
  }

  static final YearMonth PERIOD = YearMonth.of(2026, 9);

  private BenchWorkbook() {}

  public static Path write(int agents, int months, Path out) throws IOException {
    Random random = new Random(agents * 31L + months);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      wb.setCompressTempFiles(true);
      settings(wb);
      agents(wb, agents);
      levels(wb);
      monthly(wb, agents, months, random);
      quality(wb, agents, months, random);
      points(wb, agents, random);
      AtomicFiles.write(out, wb::write);
    }
    return out;
  }

  private static Sheet sheet(SXSSFWorkbook wb, SheetSchema schema, List<String> headers) {
    Sheet sheet = wb.createSheet(schema.name(Language.ZH));
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      row.createCell(c).setCellValue(headers.get(c));
    }
    return sheet;
  }

  private static List<String> labels(SheetSchema schema) {
    return schema.columns().stream().map(Column::zh).toList();
  }

  private static void settings(SXSSFWorkbook wb) {
    Sheet s = sheet(wb, SheetSchema.SETTINGS, List.of("项目", "值"));
    Object[][] rows = {
      {Setting.STORE.label(Language.ZH), "基准测试店"},
      {Setting.PERIOD.label(Language.ZH), PERIOD.toString()},
      {Setting.STORE_REVENUE.label(Language.ZH), 50_000_000},
      {Setting.STORE_REVENUE_TARGET.label(Language.ZH), 48_000_000},
      {Setting.STORE_REVENUE_PREVIOUS.label(Language.ZH), 47_000_000}
    };
    for (int r = 0; r < rows.length; r++) {
      Row row = s.createRow(r + 1);
      row.createCell(0).setCellValue((String) rows[r][0]);
      if (rows[r][1] instanceof Integer n) {
        row.createCell(1).setCellValue(n);
      } else {
        row.createCell(1).setCellValue((String) rows[r][1]);
      }
    }
  }

  static String id(int i) {
    return String.format("KF%05d", i + 1);
  }

  private static void agents(SXSSFWorkbook wb, int agents) {
    Sheet s = sheet(wb, SheetSchema.AGENTS, labels(SheetSchema.AGENTS));
    for (int i = 0; i < agents; i++) {
      Row row = s.createRow(i + 1);
      row.createCell(0).setCellValue(id(i));
      row.createCell(1).setCellValue("客服" + (i + 1));
      row.createCell(2).setCellValue("第" + (i / 12 + 1) + "组");
      row.createCell(3).setCellValue(i % 12 == 0 ? "组长" : i % 4 == 3 ? "售后" : "售前");
      row.createCell(4).setCellValue(1 + i % 5);
      row.createCell(5).setCellValue("kf" + (i + 1) + "@example.com");
      row.createCell(6).setCellValue("lead" + (i / 12 + 1) + "@example.com");
      row.createCell(7).setCellValue("在职");
    }
  }

  private static void levels(SXSSFWorkbook wb) {
    Sheet s = sheet(wb, SheetSchema.SALARY_LEVELS, labels(SheetSchema.SALARY_LEVELS));
    for (int level = 1; level <= 5; level++) {
      Row row = s.createRow(level);
      row.createCell(0).setCellValue(level);
      row.createCell(1).setCellValue(3000 + 600 * level);
      row.createCell(2).setCellValue(1000 + 300 * level);
    }
  }

  private static void monthly(SXSSFWorkbook wb, int agents, int months, Random random) {
    List<String> headers = labels(SheetSchema.MONTHLY);
    Sheet s = sheet(wb, SheetSchema.MONTHLY, headers);
    int r = 1;
    for (int m = months - 1; m >= 0; m--) {
      YearMonth month = PERIOD.minusMonths(m);
      for (int i = 0; i < agents; i++) {
        boolean aftersales = i % 4 == 3 && i % 12 != 0;
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(id(i));
        row.createCell(1).setCellValue(month.toString());
        int c = 2;
        for (Metric metric : Metric.values()) {
          double v = value(metric, aftersales, random);
          if (metric == Metric.REFUND_ORDERS) {
            v = Math.min(v, row.getCell(headers.indexOf(Metric.ORDERS.zh())).getNumericCellValue());
          }
          row.createCell(c++).setCellValue(v);
        }
      }
    }
  }

  private static double value(Metric metric, boolean aftersales, Random random) {
    return switch (metric) {
      case SALES -> aftersales ? 0 : Math.round(40_000 + random.nextDouble() * 80_000);
      case SALES_TARGET -> aftersales ? 0 : 70_000;
      case VISITORS -> 8000 + random.nextInt(6000);
      case INQUIRIES -> 200 + random.nextInt(350);
      case DEALS -> 60 + random.nextInt(200);
      case ORDERS -> 80 + random.nextInt(220);
      case REFUND_ORDERS -> random.nextInt(4);
      case FLAGSHIP_RATIO ->
          Math.min(1.0, Math.round((0.7 + random.nextDouble() * 0.35) * 100) / 100.0);
      case DISPUTES, ETIQUETTE_VIOLATIONS, RULE_VIOLATIONS, TEAMWORK_INCIDENTS, COMPLAINTS ->
          random.nextInt(10) == 0 ? 1 : 0;
      case PRODUCT_KNOWLEDGE, COMMUNICATION, ADAPTABILITY -> 1 + random.nextInt(3);
      case GUIDANCE, RESPONSIBILITY -> 1 + random.nextInt(4);
      case SCHEDULED_DAYS -> 21;
      case ABSENT_DAYS, LATE_COUNT -> random.nextInt(3);
      case REPORTS_ON_TIME, REPORTS_QUALITY_OK -> 1 + random.nextInt(2);
      case RECEPTIONS -> 2000 + random.nextInt(2500);
      case GOOD_REVIEWS -> random.nextInt(60);
      case AVG_RESPONSE_SECONDS -> 10 + random.nextInt(40);
      case SATISFACTION -> Math.round((0.85 + random.nextDouble() * 0.14) * 1000) / 1000.0;
    };
  }

  private static void quality(SXSSFWorkbook wb, int agents, int months, Random random) {
    Sheet s = sheet(wb, SheetSchema.QUALITY, labels(SheetSchema.QUALITY));
    QaCode[] codes = QaCode.values();
    int perMonth = qaPerAgentMonth(agents, months);
    int r = 1;
    for (int m = months - 1; m >= 0; m--) {
      YearMonth month = PERIOD.minusMonths(m);
      for (int i = 0; i < agents; i++) {
        for (int q = 0; q < perMonth; q++) {
          Row row = s.createRow(r++);
          row.createCell(0).setCellValue(month.atDay(1 + q % 28).toString());
          row.createCell(1).setCellValue(id(i));
          QaCode code = random.nextInt(8) == 0 ? codes[random.nextInt(codes.length)] : QaCode.OK;
          row.createCell(2).setCellValue(code.name());
          if (code != QaCode.OK) {
            // a finding names the order, as inspectors write them: every note is different
            row.createCell(3).setCellValue("订单 " + (100_000_000L + r * 7919L) + " 已复核");
          }
          row.createCell(4).setCellValue("质检员" + (i % 7 + 1));
        }
      }
    }
  }

  private static void points(SXSSFWorkbook wb, int agents, Random random) {
    Sheet s = sheet(wb, SheetSchema.POINTS, labels(SheetSchema.POINTS));
    int r = 1;
    for (int i = 0; i < agents; i += 3) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(PERIOD.atDay(10).toString());
      row.createCell(1).setCellValue(id(i));
      row.createCell(2).setCellValue(random.nextInt(30) - 5);
      row.createCell(3).setCellValue("活动奖励");
    }
  }
}
