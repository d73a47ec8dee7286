package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.importer.ColumnPlan.ColumnUse;
import com.jixiao.importer.ImportField.Kind;
import com.jixiao.model.Text;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.RawValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the rows below a table's header (docs/import.md#rows). Skipped, and counted for the notes:
 * blank rows, totals rows (a cell outside the figures starting 合计, 总计, 汇总, 小计, 平均, Total …), the
 * header repeated (files pasted together), rows with no figure at all (a note such as "数据来源：赤兔名品",
 * a group title), and rows of another month than the one imported. Every other row is a record;
 * each cell that cannot be read is a problem with its file, row and column.
 */
final class ExportRows {
  /** Words that start a totals row's label: "合计", "合计：", "总计(15人)". */
  private static final List<String> TOTALS =
      List.of("合计", "总计", "汇总", "小计", "总和", "平均", "均值", "全部");

  /** English totals labels, whole words only ("Total", "Grand total"; "Summer" is a name). */
  private static final Pattern TOTALS_EN =
      Pattern.compile("(grand)?(total|totals|sum|average|avg|mean)\\b.*");

  /** Beyond this many problems in one table the rest are summed up in one line. */
  static final int MAX_PROBLEMS = 100;

  /** A table's records and what was skipped. */
  record SheetRows(
      List<ExportRecord> records,
      int totals,
      int repeatedHeaders,
      int withoutFigures,
      Map<YearMonth, Integer> otherMonths,
      List<String> titles) {}

  private ExportRows() {}

  static SheetRows read(ExportSheet sheet, ColumnPlan plan, YearMonth month, Problems problems) {
    List<ExportRecord> records = new ArrayList<>();
    int totals = 0;
    int repeated = 0;
    int empty = 0;
    Map<YearMonth, Integer> otherMonths = new TreeMap<>();
    List<String> titles = new ArrayList<>();
    Cells cells = new Cells(sheet.source(), problems);
    Table table = new Table(plan);
    List<ExportRow> rows = sheet.rows();
    for (int i = 0; i < rows.size(); i++) {
      ExportRow row = rows.get(i);
      if (i < plan.headerIndex()) {
        row.cells().stream()
            .filter(c -> c instanceof RawValue.Str)
            .map(RawValue::display)
            .forEach(titles::add);
        continue;
      }
      if (i == plan.headerIndex() || row.isBlank()) {
        continue;
      }
      if (table.isTotals(row)) {
        totals++;
      } else if (table.repeatsHeader(row)) {
        repeated++;
      } else if (!table.hasFigures(row)) {
        empty++;
      } else if (cells.tooMany()) {
        break;
      } else {
        Optional<ExportRecord> r = record(sheet.source(), row, table, month, cells);
        r.filter(x -> x.date().isPresent() && !x.date().get().month().equals(month))
            .ifPresent(x -> otherMonths.merge(x.date().get().month(), 1, Integer::sum));
        r.filter(x -> x.date().isEmpty() || x.date().get().month().equals(month))
            .ifPresent(records::add);
      }
    }
    return new SheetRows(records, totals, repeated, empty, otherMonths, titles);
  }

  private static Optional<ExportRecord> record(
      ExportSource source, ExportRow row, Table table, YearMonth month, Cells cells) {
    ColumnUse agentColumn = table.agent;
    String agent = row.cell(agentColumn.column()).display();
    boolean ok = true;
    if (agent.isEmpty()) {
      cells.bad(
          row, agentColumn, Message.of("import.row.no_agent"), Message.of("import.hint.no_agent"));
      ok = false;
    }
    Optional<ExportValues.RowDate> date = Optional.empty();
    Map<ImportField, BigDecimal> values = new EnumMap<>(ImportField.class);
    for (ColumnUse use : table.used) {
      ImportField field = use.field().get();
      if (field == ImportField.AGENT) {
        continue;
      }
      ExportValues.Read read =
          ExportValues.read(row.cell(use.column()), field.valueKind(), use.unit(), month);
      if (read.failed()) {
        cells.bad(row, use, read.error(), read.hint());
        ok = false;
      } else if (field == ImportField.DATE) {
        date = Optional.of((ExportValues.RowDate) read.value());
      } else if (read.value() != null) {
        values.put(field, read.number());
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new ExportRecord(
            source, row.number(), agentColumn.column(), agent, date, table.given, values));
  }

  /** What the row checks need of a table's plan, worked out once per table. */
  private static final class Table {
    final ColumnUse agent;
    final List<ColumnUse> used;
    final Set<ImportField> given = EnumSet.noneOf(ImportField.class);
    final Set<Integer> figureColumns = new HashSet<>();
    final Map<Integer, String> foldedHeaders = new HashMap<>();

    Table(ColumnPlan plan) {
      agent = plan.columnOf(ImportField.AGENT).orElseThrow();
      used = plan.columns().stream().filter(ColumnUse::used).toList();
      for (ColumnUse use : used) {
        given.add(use.field().get());
        if (isFigure(use)) {
          figureColumns.add(use.column());
        }
      }
      plan.columns().forEach(c -> foldedHeaders.put(c.column(), HeaderText.fold(c.header())));
    }

    /** A cell outside the figures (agent, date, a 序号 column …) starting with a totals word. */
    boolean isTotals(ExportRow row) {
      for (int c = 0; c < row.cells().size(); c++) {
        if (figureColumns.contains(c) || !(row.cell(c) instanceof RawValue.Str s)) {
          continue;
        }
        String t = Text.normalize(s.value()).toLowerCase(Locale.ROOT);
        if (TOTALS.stream().anyMatch(t::startsWith) || TOTALS_EN.matcher(t).matches()) {
          return true;
        }
      }
      return false;
    }

    /** Two or more cells that read like their column's header: the header pasted again. */
    boolean repeatsHeader(ExportRow row) {
      int same = 0;
      for (Map.Entry<Integer, String> h : foldedHeaders.entrySet()) {
        RawValue cell = row.cell(h.getKey());
        if (cell instanceof RawValue.Str && HeaderText.fold(cell.display()).equals(h.getValue())) {
          same++;
        }
      }
      return same >= 2;
    }

    /** Whether any figure column holds something (a dash counts: it is a zero). */
    boolean hasFigures(ExportRow row) {
      for (int c : figureColumns) {
        if (!(row.cell(c) instanceof RawValue.Blank)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isFigure(ColumnUse use) {
      Kind k = use.field().orElseThrow().kind();
      return k == Kind.SUM || k == Kind.RATIO || k == Kind.PART;
    }
  }

  /** Reports bad cells of one table, up to {@link #MAX_PROBLEMS}. */
  private static final class Cells {
    private final ExportSource source;
    private final Problems problems;
    private int count;

    Cells(ExportSource source, Problems problems) {
      this.source = source;
      this.problems = problems;
    }

    void bad(ExportRow row, ColumnUse column, Message what, Message hint) {
      count++;
      if (count <= MAX_PROBLEMS) {
        problems.cell(
            source.label(),
            source.order(),
            row.number() - 1,
            column.column(),
            Message.of("import.cell", column.header(), what),
            hint);
      } else if (count == MAX_PROBLEMS + 1) {
        problems.cell(
            source.label(),
            source.order(),
            row.number() - 1,
            column.column(),
            Message.of("import.too_many_problems", MAX_PROBLEMS),
            Message.of("import.hint.too_many_problems"));
      }
    }

    boolean tooMany() {
      return count > MAX_PROBLEMS;
    }
  }
}
