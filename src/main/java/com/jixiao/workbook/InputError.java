package com.jixiao.workbook;

import com.jixiao.i18n.Message;

/**
 * A problem with the input workbook, for the person who fixes it: where (sheet as named in the
 * file, cell like "E5", both may be empty for file-level problems), what is wrong and how to fix
 * it. {@code sheetOrder}, {@code row} and {@code column} sort the report by sheet, row, column.
 * {@code alike} is 0 for one problem; a summary line of many problems of one kind (see {@link
 * Problems}) says how many it stands for, and its cell is their range ("E102:E1048576").
 */
public record InputError(
    String sheet,
    String cell,
    int sheetOrder,
    int row,
    int column,
    Message what,
    Message hint,
    long alike) {

  public InputError(
      String sheet, String cell, int sheetOrder, int row, int column, Message what, Message hint) {
    this(sheet, cell, sheetOrder, row, column, what, hint, 0);
  }

  /** Where, as Excel writes it: 月度数据!E5, or just the sheet, or nothing. */
  public String where() {
    if (sheet.isEmpty()) {
      return "";
    }
    return cell.isEmpty() ? sheet : sheet + "!" + cell;
  }

  /** How many problems this line reports: one, or the number a summary line stands for. */
  public long count() {
    return alike == 0 ? 1 : alike;
  }
}
