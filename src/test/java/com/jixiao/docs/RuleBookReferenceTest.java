package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.assertEach;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.model.Language;
import com.jixiao.model.ValueType;
import com.jixiao.rules.Param;
import com.jixiao.workbook.Column;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference parts of docs/: every parameter with its default, every alert type with its names,
 * every sheet and column of the workbook with its type, the same anchors in both languages, and
 * links that lead somewhere. Taken from the code (Param, SheetSchema, Setting, the bundles), so a
 * new parameter, column or alert that is not documented fails the build.
 */
class RuleBookReferenceTest {
  private static final Path BUNDLES = Path.of("src/main/resources/com/jixiao/i18n");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]*)\\)");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Param.class)
  @DisplayName("parameters: each parameter's row shows its key and default, in both languages")
  void everyParameterIsListedWithItsDefault(Param p) {
    assertBoth(Doc.RULES, "parameters", "| `" + p.key() + "` | " + p.defaultText() + " |");
  }

  /** Every "alert.type.X" of the Chinese bundles, with its Chinese and English label. */
  static Stream<String[]> alertTypes() throws IOException {
    TreeMap<String, String[]> types = new TreeMap<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path zh : files.filter(f -> f.toString().endsWith("_zh.properties")).toList()) {
        Properties zhTexts = load(zh);
        Properties enTexts = load(Path.of(zh.toString().replace("_zh.", "_en.")));
        for (String key : zhTexts.stringPropertyNames()) {
          if (key.startsWith("alert.type.")) {
            types.put(
                key,
                new String[] {
                  key.substring("alert.type.".length()),
                  zhTexts.getProperty(key),
                  enTexts.getProperty(key)
                });
          }
        }
      }
    }
    return types.values().stream();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file);
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alertTypes")
  @DisplayName("alerts: every alert type is listed with its Chinese and English name")
  void everyAlertTypeIsListed(String type, String zh, String en) {
    assertBoth(Doc.RULES, "alerts", "| `" + type + "` | " + zh + " | " + en + " |");
  }

  @Test
  @DisplayName("anchors: both languages of each document have the same anchors in the same order")
  void sameAnchorsInBothLanguages() {
    for (Doc doc : Doc.values()) {
      List<String> zh = RuleBook.anchors(doc.zh());
      assertThat(zh).doesNotHaveDuplicates().isNotEmpty();
      assertThat(RuleBook.anchors(doc.en())).as(doc.en().toString()).isEqualTo(zh);
    }
    assertThat(RuleBook.anchors(Doc.RULES.zh()))
        .contains(
            "items",
            "total",
            "bands",
            "roles",
            "quality",
            "rankings",
            "rewards",
            "bottom-streak",
            "tiers",
            "elimination",
            "team-lead",
            "staffing",
            "commission",
            "performance-pay",
            "points",
            "points-pool",
            "gross-pay",
            "guardrail",
            "annual",
            "calendar",
            "workflow",
            "parameters",
            "readings");
  }

  @Test
  @DisplayName(
      "links: every link (from docs, README and CONTRIBUTING) names a file and anchor that exist")
  void linksLeadSomewhere() {
    List<Path> sources =
        List.of(
            Doc.RULES.zh(),
            Doc.RULES.en(),
            Doc.WORKBOOK.zh(),
            Doc.WORKBOOK.en(),
            Path.of("docs", "import.md"),
            Path.of("README.md"),
            Path.of("CONTRIBUTING.md"));
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path source : sources) {
      Matcher m = LINK.matcher(RuleBook.read(source));
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http") || target.startsWith("mailto:")) {
          continue;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = file.isEmpty() ? source : source.resolveSibling(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(source + ": " + target);
        } else if (anchor != null && resolved.toString().endsWith(".md")) {
          checked++;
          if (!RuleBook.linkTargets(resolved).contains(anchor)) {
            broken.add(source + ": " + target);
          }
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  /** How the workbook documents name a column's type. */
  private static String typeLabel(ValueType type, boolean zh) {
    return switch (type) {
      case TEXT -> zh ? "文本" : "text";
      case MONEY -> zh ? "金额" : "money";
      case COUNT -> zh ? "次数" : "count";
      case DAYS -> zh ? "天数" : "days";
      case RATE -> zh ? "比例" : "rate";
      case SHARE -> zh ? "占比" : "share";
      case LEVEL3 -> zh ? "评级 1–3" : "level 1–3";
      case LEVEL4 -> zh ? "评级 1–4" : "level 1–4";
      case INTEGER -> zh ? "整数" : "integer";
      case DECIMAL -> zh ? "数字" : "number";
      case MONTH -> zh ? "月份" : "month";
      case DATE -> zh ? "日期" : "date";
    };
  }

  private static String anchorOf(SheetSchema sheet) {
    return "sheet-" + sheet.key().replace('_', '-');
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SheetSchema.class)
  @DisplayName(
      "workbook: each input sheet is listed, and each column with its names, type and need")
  void everySheetAndColumnIsDocumented(SheetSchema sheet) {
    String required = sheet.required() ? "| yes |" : "| no |";
    assertEach(
        Doc.WORKBOOK,
        "sheets",
        "| " + sheet.zh() + " | " + sheet.en() + " | " + (sheet.required() ? "是" : "否") + " |",
        "| " + sheet.en() + " | " + sheet.zh() + " " + required);
    assertEach(
        Doc.WORKBOOK,
        anchorOf(sheet),
        "### " + sheet.zh() + " · " + sheet.en(),
        "### " + sheet.en() + " · " + sheet.zh());
    if (sheet.isKeyValue()) {
      return; // Settings and Parameters list keys, not columns
    }
    for (Column c : sheet.columns()) {
      String names = "| `" + c.key() + "` | " + c.zh() + " | " + c.en() + " | ";
      assertEach(
          Doc.WORKBOOK,
          anchorOf(sheet),
          names + typeLabel(c.type(), true) + " | " + (c.required() ? "必填" : "可选") + " |",
          names
              + typeLabel(c.type(), false)
              + " | "
              + (c.required() ? "required" : "optional")
              + " |");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Setting.class)
  @DisplayName("workbook: each Settings key is listed with its names and type")
  void everySettingIsDocumented(Setting s) {
    String start =
        "| `" + s.key() + "` | " + s.label(Language.ZH) + " | " + s.label(Language.EN) + " | ";
    assertEach(
        Doc.WORKBOOK,
        "sheet-settings",
        start + typeLabel(s.type(), true) + " |",
        start + typeLabel(s.type(), false) + " |");
  }
}
