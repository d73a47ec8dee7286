package com.jixiao.workbook.template;

import com.jixiao.files.AtomicFiles;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Objection;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.model.ValueType;
import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank standard workbook (docs/workbook.md#sheets) behind {@code jixiao template}: an
 * instructions sheet in the chosen language, then every sheet of {@link SheetSchema} in order with
 * its headers, a few example rows and data validation (dropdowns for roles, status, QA items and
 * holiday types; whole numbers for levels and counts).
 */
public final class TemplateWriter {
  /** Rows 2 to 1000 carry the data validation. */
  static final int LAST_VALIDATED_ROW = 999;

  /** Excel's limit on an explicit dropdown list, in characters. */
  static final int MAX_LIST_CHARS = 255;

  /** The month the example rows are filled in for. */
  static final String EXAMPLE_PERIOD = "2026-09";

  public void write(Language language, Path out) throws IOException {
    try (XSSFWorkbook workbook = build(language)) {
      AtomicFiles.write(out, workbook::write);
    }
  }

  /** The template in memory; the caller closes it. */
  public XSSFWorkbook build(Language language) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    TemplateTexts texts = TemplateTexts.of(language);
    new InstructionsSheet(workbook, texts).write();
    InputSheetWriter tables = new InputSheetWriter(workbook, language);
    ExampleRows examples = new ExampleRows(texts);
    for (SheetSchema schema : SheetSchema.values()) {
      XSSFSheet sheet = tables.write(schema, examples.rows(schema));
      addValidations(sheet, schema, texts);
    }
    XSSFSheet parameters = workbook.getSheet(SheetSchema.PARAMETERS.name(language));
    note(parameters, parameters.getRow(0).getCell(0), texts.text("parameters.note"));
    workbook.setActiveSheet(0);
    return workbook;
  }

  // ---- dropdown words (docs/workbook.md#sheet-agents, #sheet-quality, #sheet-holidays) ----

  /** Roles as the template offers them: Chinese labels in zh, keys in en. */
  public static List<String> roleWords(Language language) {
    return Arrays.stream(Role.values())
        .map(r -> language == Language.ZH ? r.label(language) : r.key())
        .toList();
  }

  /** Agents.status: 在职/离职 or active/left. */
  public static List<String> statusWords(Language language) {
    return language == Language.ZH ? List.of("在职", "离职") : List.of("active", "left");
  }

  /** Holidays.type: 休/班 or holiday/workday. */
  public static List<String> holidayTypes(Language language) {
    return language == Language.ZH ? List.of("休", "班") : List.of("holiday", "workday");
  }

  /** Quality.item: the codes, and in zh also the Chinese names when the list fits Excel's limit. */
  public static List<String> qaWords(Language language) {
    List<String> codes = Arrays.stream(QaCode.values()).map(QaCode::name).toList();
    if (language != Language.ZH) {
      return codes;
    }
    List<String> both = new ArrayList<>(codes);
    for (QaCode c : QaCode.values()) {
      both.add(c.zh());
    }
    return String.join(",", both).length() <= MAX_LIST_CHARS ? List.copyOf(both) : codes;
  }

  // ---- data validation ----

  private static void addValidations(XSSFSheet sheet, SheetSchema schema, TemplateTexts texts) {
    Language language = texts.language();
    DataValidationHelper helper = sheet.getDataValidationHelper();
    String list = texts.text("validation.list");
    switch (schema) {
      case AGENTS -> {
        validate(
            sheet,
            schema,
            "role",
            helper.createExplicitListConstraint(array(roleWords(language))),
            list,
            texts);
        validate(
            sheet,
            schema,
            "status",
            helper.createExplicitListConstraint(array(statusWords(language))),
            list,
            texts);
        String levels =
            "'"
                + SheetSchema.SALARY_LEVELS.name(language)
                + "'!$A$2:$A$"
                + (LAST_VALIDATED_ROW + 1);
        validate(
            sheet,
            schema,
            "salary_level",
            helper.createFormulaListConstraint(levels),
            texts.text("validation.salary_level"),
            texts);
      }
      case MONTHLY -> {
        for (Metric m : Metric.values()) {
          if (m.type().isLevel()) {
            String max = Integer.toString(m.type().maxLevel());
            validate(
                sheet,
                schema,
                m.key(),
                helper.createIntegerConstraint(OperatorType.BETWEEN, "1", max),
                texts.text("validation.level", max),
                texts);
          } else if (m.type() == ValueType.COUNT) {
            validate(
                sheet,
                schema,
                m.key(),
                helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                texts.text("validation.count"),
                texts);
          }
        }
      }
      case QUALITY ->
          validate(
              sheet,
              schema,
              "item",
              helper.createExplicitListConstraint(array(qaWords(language))),
              list,
              texts);
      case CONFIRMATIONS -> confirmationValidations(sheet, texts);
      case HOLIDAYS ->
          validate(
              sheet,
              schema,
              "type",
              helper.createExplicitListConstraint(array(holidayTypes(language))),
              list,
              texts);
      default -> {}
    }
  }

  /**
   * Confirmations / 确认与申诉: the agent from the Agents sheet, the status and decision words, the QA
   * items.
   */
  private static void confirmationValidations(XSSFSheet sheet, TemplateTexts texts) {
    Language language = texts.language();
    DataValidationHelper helper = sheet.getDataValidationHelper();
    SheetSchema schema = SheetSchema.CONFIRMATIONS;
    String agents =
        "'" + SheetSchema.AGENTS.name(language) + "'!$A$2:$A$" + (LAST_VALIDATED_ROW + 1);
    validate(
        sheet,
        schema,
        "agent_id",
        helper.createFormulaListConstraint(agents),
        texts.text("validation.list"),
        texts);
    validate(
        sheet,
        schema,
        "status",
        helper.createExplicitListConstraint(array(responseWords(language))),
        texts.text("validation.confirm.status"),
        texts);
    validate(
        sheet,
        schema,
        "decision",
        helper.createExplicitListConstraint(array(decisionWords(language))),
        texts.text("validation.confirm.decision"),
        texts);
    validate(
        sheet,
        schema,
        "qa_item",
        helper.createExplicitListConstraint(array(qaWords(language))),
        texts.text("validation.list"),
        texts);
  }

  /** Confirmations.status: 已确认/有异议 or confirmed/objected. */
  public static List<String> responseWords(Language language) {
    return Arrays.stream(Confirmation.Response.values()).map(r -> r.word(language)).toList();
  }

  /** Confirmations.decision: 通过/驳回/待处理 or accepted/rejected/pending. */
  public static List<String> decisionWords(Language language) {
    return Arrays.stream(Objection.Decision.values()).map(d -> d.word(language)).toList();
  }

  private static void validate(
      XSSFSheet sheet,
      SheetSchema schema,
      String key,
      DataValidationConstraint constraint,
      String error,
      TemplateTexts texts) {
    int column = columnIndex(schema, key);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            constraint, new CellRangeAddressList(1, LAST_VALIDATED_ROW, column, column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(texts.text("validation.title"), error);
    validation.setEmptyCellAllowed(true);
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // XSSF's inverted flag: "suppress" true writes showDropDown="false", which shows the arrow.
      validation.setSuppressDropDownArrow(true);
    }
    sheet.addValidationData(validation);
  }

  static int columnIndex(SheetSchema schema, String key) {
    for (int i = 0; i < schema.columns().size(); i++) {
      if (schema.columns().get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException(schema + " has no column " + key);
  }

  private static String[] array(List<String> words) {
    return words.toArray(String[]::new);
  }

  private static void note(XSSFSheet sheet, XSSFCell cell, String text) {
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
    cell.setCellComment(comment);
  }

  /** A row from alternating keys and values; null values are left out. */
  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        r.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return r;
  }
}
