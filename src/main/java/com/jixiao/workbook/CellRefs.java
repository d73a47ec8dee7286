package com.jixiao.workbook;

/**
 * Cell references as a sheet's XML writes them ({@code r="AB12"}). Read here rather than through
 * POI's {@code CellReference}, which makes objects and runs a regex per cell: the reader meets one
 * reference per cell of sheets with millions of them.
 */
public final class CellRefs {
  private CellRefs() {}

  /** "AB12" → 27, the 0-based column of a cell reference ({@code $} signs are passed over). */
  public static int columnOf(CharSequence ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else if (c != '$') {
        break;
      }
    }
    return col - 1;
  }
}
