package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/** Collects every input error of a workbook so all are reported at once. */
public final class Problems {
  private final List<InputError> errors = new ArrayList<>();

  /** A problem with the file itself. */
  public void file(Message what, Message hint) {
    errors.add(new InputError("", "", -1, -1, -1, what, hint));
  }

  /** A problem with a whole sheet (missing sheet, missing column). */
  public void sheet(String sheet, int sheetOrder, Message what, Message hint) {
    errors.add(new InputError(sheet, "", sheetOrder, -1, -1, what, hint));
  }

  /** A problem with one cell; row and column are 0-based as in POI. */
  public void cell(String sheet, int sheetOrder, int row, int column, Message what, Message hint) {
    String address = new CellReference(row, column).formatAsString(false);
    errors.add(new InputError(sheet, address, sheetOrder, row, column, what, hint));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public int size() {
    return errors.size();
  }

  /** Sorted by sheet (in the standard order), row, column. */
  public List<InputError> sorted() {
    return errors.stream()
        .sorted(
            Comparator.comparingInt(InputError::sheetOrder)
                .thenComparingInt(InputError::row)
                .thenComparingInt(InputError::column))
        .toList();
  }
}
