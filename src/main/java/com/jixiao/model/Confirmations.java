package com.jixiao.model;

import java.util.List;

/**
 * The Confirmations / 确认与申诉 sheet of a workbook: whether it has one (the month's second pass) and
 * its rows in sheet order.
 */
public record Confirmations(boolean recorded, List<Confirmation> rows) {
  /** A workbook without the sheet: the first pass, nobody has been asked yet. */
  public static final Confirmations NONE = new Confirmations(false, List.of());

  public Confirmations {
    rows = List.copyOf(rows);
  }

  /** The objections, in sheet order (their numbers count up from 1). */
  public List<Objection> objections() {
    return rows.stream().flatMap(c -> c.objection().stream()).toList();
  }
}
