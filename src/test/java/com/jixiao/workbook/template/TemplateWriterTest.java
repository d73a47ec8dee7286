package com.jixiao.workbook.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateWriterTest {
  @TempDir Path dir;

  private XSSFWorkbook written(Language language) throws IOException {
    Path out = dir.resolve("template-" + language + ".xlsx");
    new TemplateWriter().write(language, out);
    try (InputStream in = Files.newInputStream(out)) {
      return new XSSFWorkbook(in);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theTemplateStartsWithInstructionsThenEverySheetOfTheSchemaInOrder(Language language)
      throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      List<String> expected = new ArrayList<>();
      expected.add(TemplateTexts.of(language).text("instructions.sheet"));
      for (SheetSchema s : SheetSchema.values()) {
        expected.add(s.name(language));
      }
      assertThat(names).containsExactlyElementsOf(expected);
      assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(40);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everySheetHasItsHeadersInTheLanguageBoldAndFrozen(Language language) throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      for (SheetSchema schema : SheetSchema.values()) {
        XSSFSheet sheet = wb.getSheet(schema.name(language));
        Row header = sheet.getRow(0);
        List<String> labels = new ArrayList<>();
        header.forEach(c -> labels.add(c.getStringCellValue()));
        assertThat(labels)
            .as(schema.name(language))
            .containsExactlyElementsOf(
                schema.columns().stream().map(c -> c.label(language)).toList());
        assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
            .isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theInstructionsListEveryQaCodeAndEveryParameterWithItsDefault(Language language)
      throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      Set<String> texts = new HashSet<>();
      DataFormatter f = new DataFormatter();
      for (Row r : wb.getSheetAt(0)) {
        for (Cell c : r) {
          texts.add(f.formatCellValue(c));
        }
      }
      for (QaCode c : QaCode.values()) {
        assertThat(texts).contains(c.name(), c.zh());
      }
      for (com.jixiao.rules.Param p : com.jixiao.rules.Param.values()) {
        assertThat(texts).contains(p.key(), p.defaultText());
      }
    }
  }

  @Test
  void rolesAreDropdownsOfChineseLabelsInChineseAndOfKeysInEnglish() throws IOException {
    assertThat(listAt(Language.ZH, SheetSchema.AGENTS, "role")).containsExactly("售前", "售后", "组长");
    assertThat(listAt(Language.EN, SheetSchema.AGENTS, "role"))
        .containsExactly("presales", "aftersales", "lead");
    assertThat(listAt(Language.ZH, SheetSchema.AGENTS, "status")).containsExactly("在职", "离职");
    assertThat(listAt(Language.EN, SheetSchema.HOLIDAYS, "type"))
        .containsExactly("holiday", "workday");
  }

  @Test
  void qaItemsAreADropdownOfCodesAndInChineseAlsoOfTheirNames() throws IOException {
    assertThat(listAt(Language.EN, SheetSchema.QUALITY, "item"))
        .containsExactly("F1", "F2", "F3", "F4", "F5", "N1", "N2", "N3", "N4", "N5", "N6", "OK");
    assertThat(listAt(Language.ZH, SheetSchema.QUALITY, "item"))
        .contains("F1", "OK", "服务态度差", "对话未结束发送结束语", "合格");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void levelColumnsAcceptWholeNumbersFromOneToTheirMaximumWithAnErrorMessage(Language language)
      throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      XSSFSheet sheet = wb.getSheet(SheetSchema.MONTHLY.name(language));
      for (Metric m : Metric.values()) {
        if (!m.type().isLevel()) {
          continue;
        }
        DataValidation v =
            validationAt(sheet, TemplateWriter.columnIndex(SheetSchema.MONTHLY, m.key()));
        assertThat(v.getValidationConstraint().getValidationType())
            .isEqualTo(ValidationType.INTEGER);
        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("1");
        assertThat(v.getValidationConstraint().getFormula2())
            .isEqualTo(Integer.toString(m.type().maxLevel()));
        assertThat(v.getShowErrorBox()).isTrue();
        assertThat(v.getErrorBoxText()).contains(Integer.toString(m.type().maxLevel()));
        CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
        assertThat(range.getFirstRow()).isEqualTo(1);
        assertThat(range.getLastRow()).isEqualTo(999);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void exampleAgentsHaveSalaryLevelsThatExistAndMonthlyRowsInThePeriod(Language language)
      throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      List<String> levels = columnValues(wb, language, SheetSchema.SALARY_LEVELS, "level");
      assertThat(levels).containsExactly("1", "2", "3", "4", "5");
      List<String> agents = columnValues(wb, language, SheetSchema.AGENTS, "agent_id");
      assertThat(agents).hasSizeBetween(2, 3).doesNotHaveDuplicates();
      assertThat(levels)
          .containsAll(columnValues(wb, language, SheetSchema.AGENTS, "salary_level"));
      assertThat(columnValues(wb, language, SheetSchema.MONTHLY, "agent_id"))
          .containsExactlyInAnyOrderElementsOf(agents);
      assertThat(columnValues(wb, language, SheetSchema.MONTHLY, "month"))
          .containsOnly(TemplateWriter.EXAMPLE_PERIOD);
      assertThat(agents).containsAll(columnValues(wb, language, SheetSchema.QUALITY, "agent_id"));
      assertThat(TemplateWriter.roleWords(language))
          .containsAll(columnValues(wb, language, SheetSchema.AGENTS, "role"));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void settingsListEveryKeyWithThePeriodFilledIn(Language language) throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      XSSFSheet sheet = wb.getSheet(SheetSchema.SETTINGS.name(language));
      List<String> keys = columnValues(wb, language, SheetSchema.SETTINGS, "key");
      assertThat(keys).hasSize(Setting.values().length);
      for (String k : keys) {
        assertThat(Setting.parse(k)).as(k).isPresent();
      }
      int period = keys.indexOf(Setting.PERIOD.label(language)) + 1;
      assertThat(new DataFormatter().formatCellValue(sheet.getRow(period).getCell(1)))
          .isEqualTo("2026-09");
      int rate = keys.indexOf(Setting.POINTS_POOL_RATE.label(language)) + 1;
      assertThat(new DataFormatter().formatCellValue(sheet.getRow(rate).getCell(1)))
          .isEqualTo("0.5%");
    }
  }

  @Test
  void moneyAndRateColumnsHaveNumberFormats() throws IOException {
    try (XSSFWorkbook wb = written(Language.ZH)) {
      XSSFSheet monthly = wb.getSheet(SheetSchema.MONTHLY.name(Language.ZH));
      Row first = monthly.getRow(1);
      DataFormatter f = new DataFormatter();
      assertThat(
              f.formatCellValue(
                  first.getCell(TemplateWriter.columnIndex(SheetSchema.MONTHLY, "sales"))))
          .isEqualTo("86,500.00");
      assertThat(
              f.formatCellValue(
                  first.getCell(TemplateWriter.columnIndex(SheetSchema.MONTHLY, "flagship_ratio"))))
          .isEqualTo("86.0%");
    }
  }

  @Test
  void theTemplateIsWrittenAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path out = dir.resolve("sub/blank.xlsx");
    new TemplateWriter().write(Language.EN, out);
    new TemplateWriter().write(Language.EN, out);
    try (var files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("blank.xlsx");
    }
  }

  private List<String> listAt(Language language, SheetSchema schema, String key)
      throws IOException {
    try (XSSFWorkbook wb = written(language)) {
      DataValidation v =
          validationAt(wb.getSheet(schema.name(language)), TemplateWriter.columnIndex(schema, key));
      assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
      return List.of(v.getValidationConstraint().getExplicitListValues());
    }
  }

  private static DataValidation validationAt(XSSFSheet sheet, int column) {
    return sheet.getDataValidations().stream()
        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no validation on column " + column));
  }

  private static List<String> columnValues(
      XSSFWorkbook wb, Language language, SheetSchema schema, String key) {
    XSSFSheet sheet = wb.getSheet(schema.name(language));
    int c = TemplateWriter.columnIndex(schema, key);
    DataFormatter f = new DataFormatter();
    List<String> values = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getCell(c) != null) {
        values.add(f.formatCellValue(row.getCell(c)));
      }
    }
    return values;
  }
}
