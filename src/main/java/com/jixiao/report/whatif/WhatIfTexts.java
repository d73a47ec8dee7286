package com.jixiao.report.whatif;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Band;
import com.jixiao.money.Money;
import com.jixiao.ranking.TierClass;
import com.jixiao.report.AgentChange;
import com.jixiao.report.AgentFigures;
import com.jixiao.report.Crossing;
import com.jixiao.report.Figure;
import com.jixiao.report.TeamFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words of a what-if's outputs in the workbook's language, shared by its workbook and its PDF:
 * column headers for the current and the changed rules, figures, bands, tier classes and crossings.
 */
public final class WhatIfTexts {
  private final Messages messages;

  public WhatIfTexts(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  public String text(String key, Object... args) {
    return messages.format(key, args);
  }

  public String text(Message message) {
    return messages.format(message);
  }

  /** A figure's name: the output sheets' column header, "档位" for the band. */
  public String figure(Figure f) {
    return f == Figure.BAND ? text("whatif.figure.band") : text("col." + f.key());
  }

  /** "总分（现行）". */
  public String before(String label) {
    return text("whatif.col.before", label);
  }

  /** "总分（调整后）". */
  public String after(String label) {
    return text("whatif.col.after", label);
  }

  /** "总分差额". */
  public String change(String label) {
    return text("whatif.col.change", label);
  }

  /** The agent's band on one side, "≥90 ×0.9", in that side's bands. */
  public static Optional<String> band(Optional<AgentFigures> f, TeamFigures team) {
    List<Band> bands = team.bands().stream().map(TeamFigures.BandCount::band).toList();
    return f.filter(x -> x.bandPlace() >= 0).map(x -> BandText.of(bands, x.bandPlace()));
  }

  /** "¥12,345.60" in the currency (Settings currency), exact to the cent. */
  public static String amount(String currency, BigDecimal amount) {
    return Money.sign(currency) + String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** "+¥600.00", "−¥600.00" (a true minus), "¥0.00". */
  public static String signed(String currency, BigDecimal amount) {
    String text = amount(currency, amount.abs());
    return amount.signum() > 0 ? "+" + text : amount.signum() < 0 ? "\u2212" + text : text;
  }

  public String tier(Optional<TierClass> tier) {
    return tier.map(t -> text(t.labelKey())).orElse("");
  }

  /** "进入提升班；离开建议辞退档". */
  public String crossings(AgentChange c) {
    return c.crossings().stream().map(this::crossing).collect(Collectors.joining(separator()));
  }

  public String crossing(Crossing x) {
    String line = text("whatif.line." + x.line().key());
    return x.direction() == Crossing.Direction.INTO
        ? text("whatif.crossing.into", line)
        : text("whatif.crossing.out_of", line);
  }

  /** The figures that changed, by name; "only before/after" for an agent in one report only. */
  public String changed(AgentChange c) {
    if (c.onlyBefore()) {
      return text("whatif.only_before");
    }
    if (c.onlyAfter()) {
      return text("whatif.only_after");
    }
    return c.changed().stream().sorted().map(this::figure).collect(Collectors.joining(separator()));
  }

  private String separator() {
    return text("whatif.separator");
  }
}
