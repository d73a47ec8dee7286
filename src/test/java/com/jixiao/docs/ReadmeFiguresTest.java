package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.grouped;
import static com.jixiao.docs.RuleBook.money;
import static com.jixiao.docs.RuleBook.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's concrete figures, checked against the real program: {@code run} on the Chinese
 * sample, in-process, and the filled workbook read back. If the program's results change, the
 * README must change with them.
 */
class ReadmeFiguresTest {
  private static final Path SAMPLE = Path.of("sample-workbooks", "sample-zh.xlsx");

  @TempDir static Path out;
  private static String console;
  private static String readme;
  private static XSSFWorkbook filled;

  @BeforeAll
  static void runTheChineseSample() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.execute("run", SAMPLE.toString(), "--out", out.toString());
    } finally {
      System.setOut(original);
    }
    assertThat(status).isZero();
    console = bytes.toString(StandardCharsets.UTF_8);
    readme = RuleBook.oneLine(RuleBook.read(Path.of("README.md")));
    try (InputStream in = Files.newInputStream(out.resolve("sample-zh.filled.xlsx"))) {
      filled = new XSSFWorkbook(in);
    }
  }

  /** The row of the sheet whose first cell is {@code id}, cells by header. */
  private static Map<String, Cell> row(String sheet, String id) {
    Sheet s = filled.getSheet(sheet);
    assertThat(s).as("sheet %s", sheet).isNotNull();
    Row header = s.getRow(0);
    for (Row r : s) {
      Cell first = r.getCell(0);
      if (r.getRowNum() > 0 && first != null && id.equals(first.getStringCellValue())) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        header.forEach(h -> cells.put(h.getStringCellValue(), r.getCell(h.getColumnIndex())));
        return cells;
      }
    }
    throw new AssertionError(sheet + " has no row " + id);
  }

  /** A number cell's value, exactly as stored. */
  private static BigDecimal number(Cell cell) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    return BigDecimal.valueOf(cell.getNumericCellValue());
  }

  @Test
  @DisplayName("Money: the worked example of KF001 is the Payroll sheet's line, to the cent")
  void workedExampleOfKf001() {
    Map<String, Cell> pay = row("工资表", "KF001");
    Map<String, Cell> score = row("考核得分", "KF001");
    Map<String, Cell> points = row("积分奖金", "KF001");
    BigDecimal pointValue = number(row("汇总", "每积分价值").get("值"));

    // the commission cell's comment: "销售额 92456.42：50000 × 1% + 42456.42 × 2%"
    String comment = pay.get("提成").getCellComment().getString().getString();
    String parts = comment.substring(comment.indexOf('：') + 1).strip();
    Matcher amount = Pattern.compile("(\\d+(?:\\.\\d+)?) ×").matcher(parts);
    StringBuilder regrouped = new StringBuilder();
    while (amount.find()) {
      amount.appendReplacement(regrouped, grouped(new BigDecimal(amount.group(1))) + " ×");
    }
    amount.appendTail(regrouped);

    String line =
        "Worked example (the Chinese sample, KF001 王丽, salary level "
            + plain(number(pay.get("薪资级别")))
            + ", total "
            + number(score.get("总分")).setScale(2)
            + ", coefficient "
            + plain(number(pay.get("绩效系数")))
            + "): "
            + money(number(pay.get("级别工资")))
            + " + "
            + money(number(pay.get("绩效工资")))
            + " × "
            + plain(number(pay.get("绩效系数")))
            + " + "
            + money(number(pay.get("提成")))
            + " ("
            + regrouped
            + ") + "
            + money(number(pay.get("奖励")))
            + " − "
            + money(number(pay.get("罚款")))
            + " + "
            + money(number(pay.get("积分奖金")))
            + " ("
            + plain(number(points.get("积分")))
            + " points × "
            + pointValue.setScale(4).toPlainString()
            + ") = "
            + money(number(pay.get("应发工资")))
            + ".";
    assertThat(readme).contains(line);
    assertThat(number(points.get("奖金"))).isEqualByComparingTo(number(pay.get("积分奖金")));
  }

  @Test
  @DisplayName("Quick start: the line run prints, up to the output path, is quoted as printed")
  void quickStartLine() {
    String printed = console.lines().filter(l -> l.startsWith("已完成")).findFirst().orElseThrow();
    String upToResults = printed.substring(0, printed.indexOf("结果："));
    assertThat(upToResults).contains("14 名客服");
    assertThat(readme).contains("`" + upToResults + "结果：out/sample-zh.filled.xlsx");
  }

  @Test
  @DisplayName("Quick start: the output sheets named are the ones added after the input sheets")
  void quickStartSheets() throws Exception {
    List<String> added = new ArrayList<>();
    try (InputStream in = Files.newInputStream(SAMPLE);
        XSSFWorkbook input = new XSSFWorkbook(in)) {
      for (int i = input.getNumberOfSheets(); i < filled.getNumberOfSheets(); i++) {
        added.add(filled.getSheetName(i));
      }
    }
    assertThat(added).hasSize(8);
    assertThat(readme).contains("(" + String.join(", ", added) + ")");
  }

  @Test
  @DisplayName("Mail: the deadline examples are step 3 (WD7) of the sample's workflow")
  void mailDeadlineExample() {
    Map<String, Cell> step3 = null;
    Sheet s = filled.getSheet("考核流程");
    for (Row r : s) {
      if (r.getRowNum() > 0 && r.getCell(0).getNumericCellValue() == 3) {
        step3 = new LinkedHashMap<>();
        for (Cell h : s.getRow(0)) {
          step3.put(h.getStringCellValue(), r.getCell(h.getColumnIndex()));
        }
      }
    }
    assertThat(step3).isNotNull();
    LocalDate due = step3.get("截止日期").getLocalDateTimeCellValue().toLocalDate();
    String written =
        due.getYear()
            + "年"
            + due.getMonthValue()
            + "月"
            + due.getDayOfMonth()
            + "日（"
            + due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)
            + "）";
    assertThat(readme).contains("e.g. " + written + ")").contains("`deadlineIso` (" + due + ")");
  }

  @Test
  @DisplayName(
      "The README links to the rule book and the workbook reference, not outside the repository")
  void pointsToTheDocs() {
    assertThat(readme)
        .doesNotContain("../shared/")
        .contains("(docs/rules.md)", "(docs/rules.en.md)", "(docs/workbook.md)", "(LICENSE)");
  }

  @AfterAll
  static void close() throws Exception {
    filled.close();
  }
}
