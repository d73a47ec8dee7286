package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Text;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.SheetTable;
import com.jixiao.workbook.TableRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The rows of a key | value sheet (Settings, Parameters) whose key is known. */
final class KeyValueRows {
  private static final List<String> HEADER_WORDS =
      List.of("key", "项目", "键", "参数", "设置", "设置项", "名称", "name", "parameter", "setting");

  private KeyValueRows() {}

  /**
   * Rows of a key | value sheet (column A the key, column B the value; a header row is skipped)
   * whose key {@code find} knows; an unknown key is reported at its cell with {@code hint}.
   */
  static <K> Map<TableRow, K> known(
      ReadContext ctx,
      SheetTable sheet,
      SheetSchema schema,
      Function<String, Optional<K>> find,
      String unknownKey,
      Message hint) {
    Map<TableRow, K> rows = new LinkedHashMap<>();
    for (TableRow row : sheet.rows()) {
      String key = row.cell(0).display();
      if (key.isEmpty() || (row.index() == 0 && HEADER_WORDS.contains(Text.normalize(key)))) {
        continue;
      }
      Optional<K> known = find.apply(key);
      if (known.isPresent()) {
        rows.put(row, known.get());
      } else {
        ctx.problems()
            .cell(
                sheet.name(), schema.ordinal(), row.index(), 0, Message.of(unknownKey, key), hint);
      }
    }
    return rows;
  }
}
