package com.jixiao.workbook;

import com.jixiao.i18n.Message;

/**
 * A problem with the input workbook, for the person who fixes it: where (sheet as named in the
 * file, cell like "E5", both may be empty for file-level problems), what is wrong and how to fix
 * it. {@code sheetOrder}, {@code row} and {@code column} sort the report by sheet, row, column.
 */
public record InputError(
    String sheet, String cell, int sheetOrder, int row, int column, Message what, Message hint) {

  /** Where, as Excel writes it: 月度数据!E5, or just the sheet, or nothing. */
  public String where() {
    if (sheet.isEmpty()) {
      return "";
    }
    return cell.isEmpty() ? sheet : sheet + "!" + cell;
  }
}
