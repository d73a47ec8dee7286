package com.jixiao.workbook.template;

import static com.jixiao.workbook.template.TemplateWriter.holidayTypes;
import static com.jixiao.workbook.template.TemplateWriter.statusWords;

import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.model.ValueType;
import com.jixiao.rules.Param;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The 说明 / Instructions sheet: what each sheet is, value forms, roles, levels, codes, defaults. */
final class InstructionsSheet {
  private final XSSFWorkbook workbook;
  private final TemplateTexts texts;
  private final Language language;
  private final XSSFSheet sheet;
  private final XSSFCellStyle titleStyle;
  private final XSSFCellStyle sectionStyle;
  private final XSSFCellStyle headerStyle;
  private final XSSFCellStyle wrapStyle;
  private int next;

  InstructionsSheet(XSSFWorkbook workbook, TemplateTexts texts) {
    this.workbook = workbook;
    this.texts = texts;
    this.language = texts.language();
    this.sheet = workbook.createSheet(texts.text("instructions.sheet"));
    this.titleStyle = style(14, false);
    this.sectionStyle = style(12, false);
    this.headerStyle = style(11, true);
    this.wrapStyle = workbook.createCellStyle();
    wrapStyle.setWrapText(true);
    wrapStyle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
  }

  void write() {
    sheet.setColumnWidth(0, 26 * 256);
    sheet.setColumnWidth(1, 24 * 256);
    sheet.setColumnWidth(2, 24 * 256);
    sheet.setColumnWidth(3, 80 * 256);
    line(titleStyle, texts.text("title"));
    line(null, texts.text("intro"));
    line(null, texts.text("examples"));
    sheets();
    values();
    settings();
    roles();
    levels();
    qaCodes();
    holidays();
    parameters();
  }

  private void sheets() {
    section("section.sheets", "col.sheet", "col.key", "col.required", "col.description");
    for (SheetSchema s : SheetSchema.values()) {
      row(
          s.name(language),
          s.key(),
          texts.text(s.required() ? "required.yes" : "required.no"),
          texts.text("sheet." + s.key()));
    }
  }

  private void values() {
    section("section.values");
    for (ValueType t : ValueType.values()) {
      line(null, "• " + texts.text("value." + t.name()));
    }
    line(null, "• " + texts.text("value.formula"));
  }

  private void settings() {
    section("section.settings", "col.name", "col.key", "col.type", "col.meaning");
    for (Setting s : Setting.values()) {
      row(
          s.label(language),
          s.key(),
          s.type().name().toLowerCase(Locale.ROOT),
          texts.text("setting." + s.key()));
    }
  }

  private void roles() {
    section("section.roles", "col.role", "col.key", "", "col.description");
    for (Role r : Role.values()) {
      row(r.label(Language.ZH), r.key(), "", texts.text("role." + r.key()));
    }
    section("section.status", "col.role", "", "", "col.description");
    List<String> words = statusWords(language);
    row(words.get(0), "", "", texts.text("status.active"));
    row(words.get(1), "", "", texts.text("status.left"));
  }

  private void levels() {
    section("section.levels");
    line(null, texts.text("levels.text"));
    for (Metric m : Metric.values()) {
      if (m.type().isLevel()) {
        row(m.label(language), m.key(), "1–" + m.type().maxLevel(), "");
      }
    }
  }

  private void qaCodes() {
    section("section.qa", "col.code", "col.name", "", "col.kind");
    for (QaCode c : QaCode.values()) {
      row(c.name(), c.zh(), c.label(Language.EN), texts.text("kind." + c.kind().name()));
    }
  }

  private void holidays() {
    section("section.holidays", "col.role", "", "", "col.description");
    List<String> types = holidayTypes(language);
    row(types.get(0), "", "", texts.text("holiday.holiday"));
    row(types.get(1), "", "", texts.text("holiday.workday"));
  }

  private void parameters() {
    section("section.params", "col.key", "col.default", "", "col.description");
    for (Param p : Param.values()) {
      row(p.key(), p.defaultText(), "", texts.text(p.descriptionKey(), itemOf(p)));
    }
  }

  /** The item an extra-reward parameter is about ("exceed.conversion.cap": 转化率), else "". */
  private String itemOf(Param p) {
    return p.exceedItem().map(i -> i.label(language)).orElse("");
  }

  private void section(String titleKey, String... headerKeys) {
    next++;
    line(sectionStyle, texts.text(titleKey));
    if (headerKeys.length > 0) {
      XSSFRow row = sheet.createRow(next++);
      for (int c = 0; c < headerKeys.length; c++) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(headerKeys[c].isEmpty() ? "" : texts.text(headerKeys[c]));
        cell.setCellStyle(headerStyle);
      }
    }
  }

  private void line(XSSFCellStyle style, String text) {
    XSSFCell cell = sheet.createRow(next++).createCell(0);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private void row(String... cells) {
    XSSFRow row = sheet.createRow(next++);
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(cells[c]);
        if (c == cells.length - 1) {
          cell.setCellStyle(wrapStyle);
        }
      }
    }
  }

  private XSSFCellStyle style(int points, boolean filled) {
    XSSFFont font = workbook.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) points);
    XSSFCellStyle s = workbook.createCellStyle();
    s.setFont(font);
    if (filled) {
      s.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.PALE_BLUE.getIndex());
      s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }
}
