package com.jixiao.importer;

import com.jixiao.importer.HeaderAliases.Known;
import com.jixiao.importer.HeaderText.Unit;
import com.jixiao.importer.ImportField.Kind;
import com.jixiao.workbook.RawValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which row of an export is its header and what each column gives. The header is the first of the
 * top {@value #HEADER_WINDOW} rows that names an agent column and at least one figure: title rows
 * above it (a merged "客服绩效报表" cell, the date range, the shop) never do. Each header is looked up in
 * the shop's ImportMap first, then in the built-in aliases; when two columns give one field, the
 * ImportMap's column or the alias listed first is used (the leftmost on a tie) and the other is
 * reported as not used.
 */
public record ColumnPlan(int headerIndex, int headerNumber, List<ColumnUse> columns) {
  static final int HEADER_WINDOW = 30;

  public ColumnPlan {
    columns = List.copyOf(columns);
  }

  /** Why a column is not imported. */
  public enum Skip {
    /** Another column gives the same field. */
    SHADOWED,
    /** A rate or average jixiao works out itself. */
    DERIVED,
    /** A figure jixiao does not use. */
    UNUSED,
    /** The ImportMap sheet says to ignore it. */
    MAPPED_IGNORE,
    /** No alias or ImportMap entry names it. */
    UNKNOWN
  }

  /**
   * A header cell and what it gives: a field with its unit, or why it is skipped ({@code
   * shadowedBy} is the column used instead, for {@link Skip#SHADOWED}).
   */
  public record ColumnUse(
      int column,
      String header,
      Optional<ImportField> field,
      Unit unit,
      Optional<Skip> skip,
      int shadowedBy) {
    public boolean used() {
      return skip.isEmpty();
    }
  }

  /** The column used for a field, if any. */
  public Optional<ColumnUse> columnOf(ImportField field) {
    return columns.stream()
        .filter(c -> c.used() && c.field().equals(Optional.of(field)))
        .findFirst();
  }

  /** The fields this table gives. */
  public List<ImportField> fields() {
    return columns.stream().filter(ColumnUse::used).map(c -> c.field().orElseThrow()).toList();
  }

  /** The plan of a table, or empty when none of its top rows is a header. */
  public static Optional<ColumnPlan> find(ExportSheet sheet, HeaderAliases aliases, ImportMap map) {
    List<ExportRow> rows = sheet.rows();
    for (int i = 0; i < Math.min(rows.size(), HEADER_WINDOW); i++) {
      List<Candidate> candidates = candidates(rows.get(i), aliases, map);
      boolean agent =
          candidates.stream()
              .anyMatch(c -> c.field().filter(f -> f == ImportField.AGENT).isPresent());
      boolean figure =
          candidates.stream()
              .anyMatch(
                  c ->
                      c.field()
                          .filter(f -> f.kind() != Kind.AGENT && f.kind() != Kind.DATE)
                          .isPresent());
      if (agent && figure) {
        return Optional.of(new ColumnPlan(i, rows.get(i).number(), resolve(candidates)));
      }
    }
    return Optional.empty();
  }

  /** A header cell as looked up: its field (with preference) or its skip reason. */
  private record Candidate(
      int column,
      String header,
      Optional<ImportField> field,
      Unit unit,
      int rank,
      Optional<Skip> skip) {}

  private static List<Candidate> candidates(ExportRow row, HeaderAliases aliases, ImportMap map) {
    List<Candidate> out = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      RawValue cell = row.cell(c);
      if (!(cell instanceof RawValue.Str)) {
        continue; // a header is text; numbers and dates are data or title
      }
      String header = cell.display();
      HeaderText text = HeaderText.of(header);
      if (text.isEmpty()) {
        continue;
      }
      Optional<ImportMap.Entry> mapped = map.find(text);
      if (mapped.isPresent()) {
        Optional<ImportField> f = mapped.get().field();
        out.add(
            new Candidate(
                c,
                header,
                f,
                text.unit(),
                -1,
                f.isPresent() ? Optional.empty() : Optional.of(Skip.MAPPED_IGNORE)));
        continue;
      }
      Optional<HeaderAliases.Meaning> meaning = aliases.find(text);
      if (meaning.isEmpty()) {
        out.add(
            new Candidate(c, header, Optional.empty(), text.unit(), 0, Optional.of(Skip.UNKNOWN)));
      } else if (meaning.get().field().isPresent()) {
        out.add(
            new Candidate(
                c,
                header,
                meaning.get().field(),
                text.unit(),
                meaning.get().rank(),
                Optional.empty()));
      } else {
        Skip why =
            meaning.get().known().orElseThrow() == Known.DERIVED ? Skip.DERIVED : Skip.UNUSED;
        out.add(new Candidate(c, header, Optional.empty(), text.unit(), 0, Optional.of(why)));
      }
    }
    return out;
  }

  /** One column per field: the preferred one; the others are shadowed by it. */
  private static List<ColumnUse> resolve(List<Candidate> candidates) {
    Map<ImportField, Candidate> chosen = new EnumMap<>(ImportField.class);
    for (Candidate c : candidates) {
      if (c.skip().isEmpty()) {
        chosen.merge(
            c.field().orElseThrow(),
            c,
            (a, b) ->
                Comparator.comparingInt(Candidate::rank)
                            .thenComparingInt(Candidate::column)
                            .compare(a, b)
                        <= 0
                    ? a
                    : b);
      }
    }
    List<ColumnUse> uses = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.skip().isPresent()) {
        uses.add(new ColumnUse(c.column(), c.header(), c.field(), c.unit(), c.skip(), -1));
        continue;
      }
      Candidate winner = chosen.get(c.field().orElseThrow());
      boolean used = winner == c;
      uses.add(
          new ColumnUse(
              c.column(),
              c.header(),
              c.field(),
              c.unit(),
              used ? Optional.empty() : Optional.of(Skip.SHADOWED),
              used ? -1 : winner.column()));
    }
    return uses;
  }
}
