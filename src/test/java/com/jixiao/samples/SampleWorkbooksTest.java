package com.jixiao.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Numbers;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.workbook.Column;
import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleWorkbooksTest {
  private static final Path COMMITTED = Path.of("sample-workbooks");

  @TempDir Path dir;

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static XSSFWorkbook committed(Language language) throws IOException {
    return open(COMMITTED.resolve(SampleWorkbooks.fileName(language)));
  }

  // ---- reproducible: nobody edits the samples by hand ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void theCommittedSampleIsExactlyWhatTheGeneratorWrites(Language language) throws IOException {
    Path fresh = dir.resolve(SampleWorkbooks.fileName(language));
    SampleWorkbooks.write(language, fresh);
    try (XSSFWorkbook expected = open(fresh);
        XSSFWorkbook actual = committed(language)) {
      assertThat(sheetNames(actual))
          .as("regenerate with SampleWorkbooks.main")
          .isEqualTo(sheetNames(expected));
      for (Sheet sheet : expected) {
        assertThat(cells(actual.getSheet(sheet.getSheetName())))
            .as("sheet %s: regenerate with SampleWorkbooks.main", sheet.getSheetName())
            .containsExactlyElementsOf(cells(sheet));
      }
    }
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** Every cell as address, type, typed value, formula and number format. */
  private static List<String> cells(Sheet sheet) {
    List<String> cells = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        cells.add(
            c.getAddress() + " " + typed(c) + " [" + c.getCellStyle().getDataFormatString() + "]");
      }
    }
    return cells;
  }

  private static String typed(Cell c) {
    return switch (c.getCellType()) {
      case STRING -> "s:" + c.getStringCellValue();
      case NUMERIC -> "n:" + c.getNumericCellValue();
      case BOOLEAN -> "b:" + c.getBooleanCellValue();
      case FORMULA -> "f:" + c.getCellFormula() + "=" + c.getNumericCellValue();
      case BLANK -> "blank";
      default -> c.getCellType().toString();
    };
  }

  // ---- the data rules the reader enforces ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void monthlyRowsAreUniquePerAgentAndMonthAndEveryAgentIsListed(Language language)
      throws IOException {
    Sample s = Sample.read(language);
    Set<String> agents = s.agents.keySet();
    Set<String> seen = new HashSet<>();
    for (Map<String, Cell> r : s.monthly) {
      String id = text(r.get("agent_id"));
      assertThat(agents).contains(id);
      assertThat(seen.add(id + " " + month(r.get("month"))))
          .as(id + " " + month(r.get("month")))
          .isTrue();
    }
    assertThat(agents).hasSizeGreaterThanOrEqualTo(12);
    assertThat(s.agents.values().stream().map(a -> text(a.get("team"))).distinct()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void countsAreWholeAndNonNegativeRefundsWithinOrdersDealsWithinVisitors(Language language)
      throws IOException {
    for (Map<String, Cell> r : Sample.read(language).monthly) {
      for (Metric m : Metric.values()) {
        if (m.type() == com.jixiao.model.ValueType.COUNT) {
          BigDecimal n = number(r.get(m.key()));
          assertThat(n.signum()).isNotNegative();
          assertThat(n.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        }
      }
      assertThat(number(r.get("refund_orders"))).isLessThanOrEqualTo(number(r.get("orders")));
      assertThat(number(r.get("deals"))).isLessThanOrEqualTo(number(r.get("visitors")));
      assertThat(number(r.get("flagship_ratio"))).isLessThanOrEqualTo(BigDecimal.ONE);
      assertThat(number(r.get("satisfaction"))).isBetween(new BigDecimal("0.5"), BigDecimal.ONE);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyRowHasEveryLevelWithinItsRange(Language language) throws IOException {
    for (Map<String, Cell> r : Sample.read(language).monthly) {
      for (Metric m : Metric.values()) {
        if (m.type().isLevel()) {
          assertThat(r.get(m.key())).as(m.key()).isNotNull();
          assertThat(number(r.get(m.key())).intValueExact()).isBetween(1, m.type().maxLevel());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void sellersHaveATargetAndAftersalesAgentsNoSales(Language language) throws IOException {
    Sample s = Sample.read(language);
    for (Map<String, Cell> r : s.monthly) {
      Role role = Role.parse(text(s.agents.get(text(r.get("agent_id"))).get("role"))).orElseThrow();
      if (role == Role.AFTERSALES) {
        assertThat(number(r.get("sales"))).isZero();
        assertThat(number(r.get("sales_target"))).isZero();
      } else {
        assertThat(number(r.get("sales_target"))).isPositive();
        assertThat(number(r.get("sales"))).isPositive();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void salaryLevelsOneToFiveCoverEveryAgent(Language language) throws IOException {
    Sample s = Sample.read(language);
    Set<Integer> levels =
        s.rows(SheetSchema.SALARY_LEVELS).stream()
            .map(r -> number(r.get("level")).intValueExact())
            .collect(Collectors.toSet());
    assertThat(levels).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    for (Map<String, Cell> a : s.agents.values()) {
      assertThat(levels).contains(number(a.get("salary_level")).intValueExact());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theDesignedEdgeCasesAreThere(Language language) throws IOException {
    Sample s = Sample.read(language);
    Map<String, Set<YearMonth>> months = new HashMap<>();
    for (Map<String, Cell> r : s.monthly) {
      months
          .computeIfAbsent(text(r.get("agent_id")), k -> new HashSet<>())
          .add(month(r.get("month")));
    }
    YearMonth period = SampleWorkbooks.PERIOD;
    assertThat(months.get("KF002")).hasSize(12);
    assertThat(months.get("KF004")).contains(period).doesNotContain(period.minusMonths(1));
    assertThat(months.get("KF005")).hasSize(4).contains(YearMonth.of(2026, 6));
    assertThat(months.get("KF010")).isNotEmpty().doesNotContain(period);
    assertThat(text(s.agents.get("KF010").get("status"))).isIn("离职", "left");
    for (String lead : List.of("KF001", "KF006", "KF011")) {
      assertThat(Role.parse(text(s.agents.get(lead).get("role")))).contains(Role.LEAD);
    }
    // KF007 has the lowest presales sales in each of the last three months
    for (YearMonth m = period.minusMonths(2); !m.isAfter(period); m = m.plusMonths(1)) {
      YearMonth month = m;
      String lowest =
          s.monthly.stream()
              .filter(r -> month(r.get("month")).equals(month))
              .filter(r -> role(s, r) == Role.PRESALES)
              .min((a, b) -> number(a.get("sales")).compareTo(number(b.get("sales"))))
              .map(r -> text(r.get("agent_id")))
              .orElseThrow();
      assertThat(lowest).as(month.toString()).isEqualTo("KF007");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void qualityHasAnEscalatingRepeatAndAFatalFindingInThePeriod(Language language)
      throws IOException {
    List<Map<String, Cell>> quality = Sample.read(language).rows(SheetSchema.QUALITY);
    // 3 chats per attended day for 14 agents (source 3), a little short for one of them
    assertThat(quality).hasSizeBetween(14 * 3 * 19, 14 * 3 * 22);
    Map<String, Long> findings =
        quality.stream()
            .collect(
                Collectors.groupingBy(
                    r ->
                        text(r.get("agent_id"))
                            + " "
                            + QaCode.parse(text(r.get("item"))).orElseThrow(),
                    Collectors.counting()));
    assertThat(findings).containsEntry("KF008 N2", 3L).containsEntry("KF009 F1", 1L);
    for (Map<String, Cell> r : quality) {
      assertThat(YearMonth.from(r.get("date").getLocalDateTimeCellValue()))
          .isEqualTo(SampleWorkbooks.PERIOD);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theConfirmationsHaveAnAcceptedARejectedAPendingAndAVoidedFatalFinding(Language language)
      throws IOException {
    try (XSSFWorkbook wb = committed(language)) {
      List<Map<String, Cell>> rows = Sample.rows(wb, SheetSchema.CONFIRMATIONS);
      List<String> objections =
          rows.stream()
              .filter(r -> !text(r.get("contested")).isEmpty() || r.get("qa_item") != null)
              .map(
                  r ->
                      text(r.get("agent_id"))
                          + " "
                          + (text(r.get("contested")) + text(r.get("qa_item"))).strip()
                          + " "
                          + com.jixiao.model.Objection.Decision.parse(text(r.get("decision")))
                              .map(Enum::name)
                              .orElse("PENDING"))
              .toList();
      assertThat(objections)
          .containsExactly(
              "KF003 " + (language == Language.ZH ? "专业知识" : "product_knowledge") + " PENDING",
              "KF007 " + (language == Language.ZH ? "迟到次数" : "Late count") + " ACCEPTED",
              "KF007 " + (language == Language.ZH ? "交易纠纷" : "disputes") + " REJECTED",
              "KF009 F1 ACCEPTED");
      // KF014 and KF015 have not answered
      assertThat(rows.stream().map(r -> text(r.get("agent_id")))).doesNotContain("KF014", "KF015");
    }
  }

  @Test
  void theEnglishSampleOrdersColumnsDifferentlyAddsAnUnknownOneAndOverridesAParameter()
      throws IOException {
    try (XSSFWorkbook zh = committed(Language.ZH);
        XSSFWorkbook en = committed(Language.EN)) {
      List<String> zhKeys = headerKeys(zh.getSheet(SheetSchema.MONTHLY.zh()));
      List<String> enKeys = headerKeys(en.getSheet(SheetSchema.MONTHLY.en()));
      assertThat(enKeys).isNotEqualTo(zhKeys).contains(SampleWorkbooks.REMARKS);
      assertThat(zh.getSheet(SheetSchema.PARAMETERS.zh())).isNull();
      assertThat(zh.getSheet(SheetSchema.RULES.zh())).isNull();
      Sheet parameters = en.getSheet(SheetSchema.PARAMETERS.en());
      assertThat(parameters.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("rewards.sales_top");
      assertThat(parameters.getRow(1).getCell(1).getStringCellValue()).isEqualTo("500,300,100");
    }
  }

  @Test
  void theChineseSampleWritesMonthsAndSalesInEveryFormTheReaderAccepts() throws IOException {
    try (XSSFWorkbook zh = committed(Language.ZH)) {
      Sheet monthly = zh.getSheet(SheetSchema.MONTHLY.zh());
      List<String> keys = headerKeys(monthly);
      int month = keys.indexOf("month");
      int sales = keys.indexOf("sales");
      int target = keys.indexOf("sales_target");
      Set<String> monthForms = new HashSet<>();
      boolean yuanText = false;
      boolean formula = false;
      for (Row r : monthly) {
        if (r.getRowNum() == 0) {
          continue;
        }
        Cell m = r.getCell(month);
        monthForms.add(
            m.getCellType() == CellType.NUMERIC
                ? "date"
                : m.getStringCellValue().contains("年") ? "年月" : "text");
        yuanText |= r.getCell(sales).getCellType() == CellType.STRING;
        if (r.getCell(target) != null && r.getCell(target).getCellType() == CellType.FORMULA) {
          formula = true;
          assertThat(r.getCell(target).getNumericCellValue()).isPositive();
        }
      }
      assertThat(monthForms).containsExactlyInAnyOrder("date", "年月", "text");
      assertThat(yuanText).isTrue();
      assertThat(formula).isTrue();
    }
  }

  // ---- a minimal reader for the checks above (the real one lives in the workbook package) ----

  private static Role role(Sample s, Map<String, Cell> monthlyRow) {
    return Role.parse(text(s.agents.get(text(monthlyRow.get("agent_id"))).get("role")))
        .orElseThrow();
  }

  /** The rows of a committed sample, by column key; the workbook is read once and closed. */
  private record Sample(
      Map<String, Map<String, Cell>> agents,
      List<Map<String, Cell>> monthly,
      Map<SheetSchema, List<Map<String, Cell>>> others) {
    static Sample read(Language language) throws IOException {
      try (XSSFWorkbook wb = committed(language)) {
        Map<String, Map<String, Cell>> agents = new HashMap<>();
        for (Map<String, Cell> a : rows(wb, SheetSchema.AGENTS)) {
          assertThat(agents.put(text(a.get("agent_id")), a)).isNull();
        }
        Map<SheetSchema, List<Map<String, Cell>>> others = new HashMap<>();
        others.put(SheetSchema.SALARY_LEVELS, rows(wb, SheetSchema.SALARY_LEVELS));
        others.put(SheetSchema.QUALITY, rows(wb, SheetSchema.QUALITY));
        return new Sample(agents, rows(wb, SheetSchema.MONTHLY), others);
      }
    }

    List<Map<String, Cell>> rows(SheetSchema schema) {
      return others.get(schema);
    }

    static List<Map<String, Cell>> rows(XSSFWorkbook wb, SheetSchema schema) {
      Sheet sheet = null;
      for (Sheet s : wb) {
        if (schema.matches(s.getSheetName())) {
          sheet = s;
        }
      }
      assertThat(sheet).as(schema.key()).isNotNull();
      List<String> keys = headerKeys(sheet);
      List<Map<String, Cell>> rows = new ArrayList<>();
      for (Row r : sheet) {
        if (r.getRowNum() == 0) {
          continue;
        }
        Map<String, Cell> row = new HashMap<>();
        for (int c = 0; c < keys.size(); c++) {
          if (keys.get(c) != null && r.getCell(c) != null) {
            row.put(keys.get(c), r.getCell(c));
          }
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The column key of each header cell (null for an unknown column), matched like the reader. */
  private static List<String> headerKeys(Sheet sheet) {
    SheetSchema schema =
        Arrays.stream(SheetSchema.values())
            .filter(s -> s.matches(sheet.getSheetName()))
            .findFirst()
            .orElseThrow();
    List<String> keys = new ArrayList<>();
    for (Cell c : sheet.getRow(0)) {
      String header = c.getStringCellValue();
      keys.add(
          schema.columns().stream()
              .filter(col -> col.matches(header))
              .map(Column::key)
              .findFirst()
              .orElse(header.equals(SampleWorkbooks.REMARKS) ? SampleWorkbooks.REMARKS : null));
    }
    return keys;
  }

  private static final DataFormatter FORMATTER = new DataFormatter();
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月");

  private static String text(Cell c) {
    return c == null ? "" : FORMATTER.formatCellValue(c).strip();
  }

  /** A number cell, a formula's cached value, or numeric text ("¥12,345.60"); blank is 0. */
  private static BigDecimal number(Cell c) {
    if (c == null || c.getCellType() == CellType.BLANK) {
      return BigDecimal.ZERO;
    }
    if (c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.FORMULA) {
      return new BigDecimal(Double.toString(c.getNumericCellValue()));
    }
    Optional<BigDecimal> n = Numbers.parse(c.getStringCellValue());
    assertThat(n).as("number in " + c.getAddress()).isPresent();
    return n.get();
  }

  private static YearMonth month(Cell c) {
    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
      return YearMonth.from(c.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC));
    }
    String t = c.getStringCellValue().strip();
    Matcher m = YEAR_MONTH.matcher(t);
    if (m.matches()) {
      return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    return YearMonth.parse(t);
  }
}
