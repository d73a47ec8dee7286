package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * Collects every input error of a workbook so all are reported at once, in bounded memory: the
 * first {@value #LISTED_PER_KIND} problems of each kind (the same check on the same column of the
 * same sheet) are kept with their cells; the rest of that kind are only counted, and reported as
 * one line ("… and 1,048,475 more rows with the same problem in column E"). A hostile sheet of a
 * million bad rows thus costs a few hundred messages, not a million (as jsoup's bounded
 * ParseErrorList does for parse errors).
 */
public final class Problems {
  /** How many problems of one kind are listed with their cells; the rest are summarised. */
  public static final int LISTED_PER_KIND = 100;

  /** A kind of problem: one check (its message) on one column of one sheet. */
  private record Kind(String sheet, int sheetOrder, int column, String key) {}

  /** The problems of a kind beyond those listed: how many, where, and the first as an example. */
  private static final class More {
    final InputError first;
    long count;
    int lastRow;

    More(InputError first) {
      this.first = first;
    }
  }

  private final List<InputError> errors = new ArrayList<>();
  private final Map<Kind, Integer> listed = new HashMap<>();
  private final Map<Kind, More> more = new LinkedHashMap<>();

  /** A problem with the file itself. */
  public void file(Message what, Message hint) {
    add(new InputError("", "", -1, -1, -1, what, hint));
  }

  /** A problem with a whole sheet (missing sheet, missing column). */
  public void sheet(String sheet, int sheetOrder, Message what, Message hint) {
    add(new InputError(sheet, "", sheetOrder, -1, -1, what, hint));
  }

  /** A problem with one cell; row and column are 0-based as in POI. */
  public void cell(String sheet, int sheetOrder, int row, int column, Message what, Message hint) {
    String address = new CellReference(row, column).formatAsString(false);
    add(new InputError(sheet, address, sheetOrder, row, column, what, hint));
  }

  private void add(InputError e) {
    Kind kind = new Kind(e.sheet(), e.sheetOrder(), e.column(), e.what().key());
    int n = listed.merge(kind, 1, Integer::sum);
    if (n <= LISTED_PER_KIND) {
      errors.add(e);
      return;
    }
    listed.put(kind, LISTED_PER_KIND); // no overflow of the counter on a hostile sheet
    More m = more.computeIfAbsent(kind, k -> new More(e));
    m.count++;
    m.lastRow = Math.max(m.lastRow, e.row());
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** How many problems there are, counted ones included. */
  public long size() {
    return errors.size() + more.values().stream().mapToLong(m -> m.count).sum();
  }

  /**
   * Sorted by sheet (in the standard order), row, column; each kind's summary line (if it had more
   * than {@value #LISTED_PER_KIND}) where its first unlisted problem is.
   */
  public List<InputError> sorted() {
    List<InputError> all = new ArrayList<>(errors);
    more.values().forEach(m -> all.add(summary(m)));
    return all.stream()
        .sorted(
            Comparator.comparingInt(InputError::sheetOrder)
                .thenComparingInt(InputError::row)
                .thenComparingInt(InputError::column))
        .toList();
  }

  private static InputError summary(More m) {
    InputError first = m.first;
    if (first.column() < 0) {
      return new InputError(
          first.sheet(),
          "",
          first.sheetOrder(),
          first.row(),
          first.column(),
          Message.of("report.more_same", m.count, first.what()),
          first.hint(),
          m.count);
    }
    String column = CellReference.convertNumToColString(first.column());
    String range = first.cell() + ":" + column + (m.lastRow + 1);
    return new InputError(
        first.sheet(),
        range,
        first.sheetOrder(),
        first.row(),
        first.column(),
        Message.of("report.more_same_column", m.count, column, first.what()),
        first.hint(),
        m.count);
  }
}
