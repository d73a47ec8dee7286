package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Text;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.SheetTable;
import com.jixiao.workbook.TableRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the ImportMap / 导入映射 sheet (export header | field) into an {@link ImportMap}, checking each
 * row like the other input sheets: a blank header, a header given twice, a field that is not one,
 * and a Monthly column the back office cannot give (the manager's ratings, the sales target) are
 * problems with their cell and how to fix them. The field is a key or label of a Monthly column
 * ("inquiries", "咨询量"), agent, date, a ratio's part (satisfied, rated, flagship_sales), or ignore /
 * 忽略.
 */
public final class ImportMapSheet {
  private static final Field<String> HEADER = Field.text("export_header");
  private static final Field<String> FIELD = Field.text("field");
  private static final List<String> IGNORE = List.of("ignore", "忽略", "不导入", "skip");

  private ImportMapSheet() {}

  public static ImportMap read(SheetTable table, Language language, Problems problems) {
    SheetReader s = new SheetReader(table, SheetSchema.IMPORT_MAP, problems, language);
    List<ImportMap.Entry> entries = new ArrayList<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      String header = s.require(row, HEADER);
      String fieldText = s.require(row, FIELD);
      if (header == null || fieldText == null) {
        continue;
      }
      Optional<Optional<ImportField>> field = field(s, row, fieldText, language);
      Integer first = rowOf.putIfAbsent(HeaderText.of(header).base(), row.index());
      if (first != null) {
        s.error(
            row,
            HEADER.key(),
            Message.of("import.map.duplicate", header, first + 1),
            Message.of("import.hint.map.duplicate"));
        continue;
      }
      field.ifPresent(f -> entries.add(new ImportMap.Entry(header, f)));
    }
    return new ImportMap(entries);
  }

  /** The field (empty inside: ignore), or empty after reporting why the text is not a field. */
  private static Optional<Optional<ImportField>> field(
      SheetReader s, TableRow row, String text, Language language) {
    if (IGNORE.contains(Text.normalize(text))) {
      return Optional.of(Optional.empty());
    }
    Optional<ImportField> f = ImportField.byKey(text);
    if (f.isPresent()) {
      return Optional.of(f);
    }
    Optional<Metric> manual =
        Arrays.stream(Metric.values())
            .filter(
                m ->
                    Text.normalize(m.key()).equals(Text.normalize(text))
                        || Text.normalize(m.zh()).equals(Text.normalize(text))
                        || Text.normalize(m.en()).equals(Text.normalize(text)))
            .findFirst();
    if (manual.isPresent()) {
      s.error(
          row,
          FIELD.key(),
          Message.of("import.map.manual_field", text),
          Message.of("import.hint.map.manual_field", manual.get().label(language)));
    } else {
      s.error(
          row,
          FIELD.key(),
          Message.of("import.map.unknown_field", text),
          Message.of("import.hint.map.unknown_field", fieldKeys()));
    }
    return Optional.empty();
  }

  /** The keys an ImportMap row may name, for the hint. */
  static String fieldKeys() {
    return Arrays.stream(ImportField.values())
            .map(ImportField::key)
            .collect(Collectors.joining(", "))
        + ", ignore";
  }
}
