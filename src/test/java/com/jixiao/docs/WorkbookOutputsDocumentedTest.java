package com.jixiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/workbook.md#outputs against the program: the English sample is run with the annual review,
 * so every output sheet is written, and every header cell of every output sheet must appear in that
 * sheet's section of both workbook documents, in English and (the same label key rendered in
 * Chinese) in Chinese. One run keeps the suite quick; the Chinese labels come from the same keys.
 */
class WorkbookOutputsDocumentedTest {
  private static final Path BUNDLES = Path.of("src/main/resources/com/jixiao/i18n");

  /** Output sheet name key → its section in docs/workbook*.md. */
  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("sheet.scores", "output-scores");
    SECTIONS.put("sheet.ranking", "output-ranking");
    SECTIONS.put("sheet.quality", "output-quality");
    SECTIONS.put("sheet.points", "output-points");
    SECTIONS.put("sheet.payroll", "output-payroll");
    SECTIONS.put("sheet.workflow", "output-workflow");
    SECTIONS.put("sheet.annual", "output-annual");
    SECTIONS.put("sheet.summary", "output-summary");
    SECTIONS.put("sheet.alerts", "output-alerts");
  }

  private static final Messages ZH = new Messages(Language.ZH);
  private static final Messages EN = new Messages(Language.EN);

  @TempDir static Path out;
  private static XSSFWorkbook filled;
  private static Properties english;

  @BeforeAll
  static void runTheEnglishSampleWithTheAnnualReview() throws Exception {
    Path sample = Path.of("sample-workbooks", "sample-en.xlsx");
    assertThat(Main.execute("run", sample.toString(), "--annual", "--out", out.toString()))
        .isZero();
    try (InputStream in = Files.newInputStream(out.resolve("sample-en.filled.xlsx"))) {
      filled = new XSSFWorkbook(in);
    }
    english = new Properties();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path f : files.filter(x -> x.toString().endsWith("_en.properties")).toList()) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          english.load(r);
        }
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    filled.close();
  }

  /** The output sheet: the last sheet of that name (output sheets follow the input sheets). */
  private static Sheet outputSheet(String name) {
    Sheet sheet = null;
    for (int i = 0; i < filled.getNumberOfSheets(); i++) {
      if (filled.getSheetName(i).equals(name)) {
        sheet = filled.getSheetAt(i);
      }
    }
    assertThat(sheet).as("the output sheet %s", name).isNotNull();
    return sheet;
  }

  /** The Chinese texts of the label keys (col.*, summary.*) whose English text is {@code en}. */
  private static List<String> chineseOf(String en) {
    List<String> zh = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if ((key.startsWith("col.") || key.startsWith("summary."))
          && english.getProperty(key).equals(en)
          && ZH.has(key)) {
        zh.add(ZH.format(key));
      }
    }
    for (Group g : Group.values()) {
      if (g.label(Language.EN).equals(en)) {
        zh.add(g.label(Language.ZH));
      }
    }
    return zh;
  }

  private static boolean isItemLabel(String header) {
    for (Item i : Item.values()) {
      if (header.equals(i.en())) {
        return true;
      }
    }
    return false;
  }

  @Test
  @DisplayName("Every output sheet's name and header, in both languages, is in its section")
  void everyHeaderIsDocumented() {
    for (Map.Entry<String, String> e : SECTIONS.entrySet()) {
      String section = e.getValue();
      RuleBook.assertBoth(Doc.WORKBOOK, section, ZH.format(e.getKey()), EN.format(e.getKey()));
      Sheet sheet = outputSheet(EN.format(e.getKey()));
      List<String> cells = new ArrayList<>();
      sheet.getRow(0).forEach(c -> cells.add(c.getStringCellValue()));
      if (e.getKey().equals("sheet.summary")) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          cells.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
      }
      for (String en : cells) {
        if (isItemLabel(en)) {
          continue; // the 19 item columns are one row of the table, "销售额完成率 … 团队协作"
        }
        List<String> zh = chineseOf(en);
        assertThat(zh).as("the label key of %s", en).isNotEmpty();
        RuleBook.assertBoth(Doc.WORKBOOK, section, en);
        zh.forEach(text -> RuleBook.assertBoth(Doc.WORKBOOK, section, text));
      }
    }
  }

  @Test
  @DisplayName("The Scores row for the items names the first and the last item in both languages")
  void itemColumns() {
    Item first = Item.values()[0];
    Item last = Item.values()[Item.values().length - 1];
    RuleBook.assertBoth(
        Doc.WORKBOOK,
        "output-scores",
        "| " + first.zh() + " … " + last.zh() + " | " + first.en() + " … " + last.en() + " |");
  }
}
