package com.jixiao.report.whatif;

import com.jixiao.i18n.Message;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamText;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scenario's change in words, one line per rule that differs from the current one: "转化率 权重 5 →
 * 10（售前）", "参数 tiers.share：20% → 25%", "考核档位第 2 档：≥90 ×0.9 → ≥92 ×0.9". Worked out by comparing the
 * two rule sets, so {@code --set} and {@code --rules} are described alike and a value set to what
 * it already was is no change.
 */
public final class RuleChanges {
  /** The default bands' action keys, which have a text in each language. */
  private static final Set<String> ACTION_KEYS =
      Set.of("promote2", "promote1", "review", "keep", "demote", "dismiss");

  private RuleChanges() {}

  /** Every difference, in the order weights, parameters, pool rate, bands, commission. */
  public static List<Message> between(Scenario before, Scenario after) {
    List<Message> lines = new ArrayList<>();
    weights(before.rules(), after.rules(), lines);
    params(before.rules().params(), after.rules().params(), lines);
    if (before.pointsPoolRate().compareTo(after.pointsPoolRate()) != 0) {
      lines.add(
          Message.of(
              "whatif.change.pool_rate",
              ParamText.percent(before.pointsPoolRate()),
              ParamText.percent(after.pointsPoolRate())));
    }
    bands(before.rules().bands(), after.rules().bands(), lines);
    commission(before.rules().commission(), after.rules().commission(), lines);
    return lines;
  }

  private static void weights(RuleSet before, RuleSet after, List<Message> lines) {
    for (Item item : Item.values()) {
      for (Role role : Role.values()) {
        Optional<BigDecimal> was = before.weights().weight(role, item);
        Optional<BigDecimal> is = after.weights().weight(role, item);
        if (!sameNumber(was, is)) {
          lines.add(
              Message.of(
                  "whatif.change.weight",
                  item,
                  weight(was),
                  weight(is),
                  Message.of("alert.role." + role.key())));
        }
      }
    }
  }

  private static Object weight(Optional<BigDecimal> w) {
    return w.<Object>map(ParamText::plain).orElse(Message.of("whatif.not_assessed"));
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static void params(Parameters before, Parameters after, List<Message> lines) {
    for (Param p : Param.values()) {
      String was = ParamText.of(p, before.value(p));
      String is = ParamText.of(p, after.value(p));
      if (!was.equals(is)) {
        lines.add(Message.of("whatif.change.param", p.key(), was, is));
      }
    }
  }

  private static void bands(List<Band> before, List<Band> after, List<Message> lines) {
    if (before.size() != after.size()) {
      lines.add(Message.of("whatif.change.bands", bandList(before), bandList(after)));
      return;
    }
    for (int i = 0; i < before.size(); i++) {
      Band b = before.get(i);
      Band a = after.get(i);
      boolean sameScore =
          b.minScore().compareTo(a.minScore()) == 0
              && b.coefficient().compareTo(a.coefficient()) == 0;
      boolean sameAction = b.levelChange() == a.levelChange() && b.action().equals(a.action());
      if (!sameScore || !sameAction) {
        lines.add(
            Message.of(
                "whatif.change.band",
                i + 1,
                band(before, i, !sameAction),
                band(after, i, !sameAction)));
      }
    }
  }

  /**
   * "≥90 ×0.9"; the lowest band, which takes every total below the band above it, "<50 ×0.4"; with
   * its level change and action if asked.
   */
  private static Object band(List<Band> bands, int i, boolean withAction) {
    Band b = bands.get(i);
    String score = BandText.of(bands, i);
    if (!withAction) {
      return score;
    }
    Object action =
        ACTION_KEYS.contains(b.action()) ? Message.of("band.action." + b.action()) : b.action();
    return Message.of("whatif.band.detail", score, signed(b.levelChange()), action);
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : Integer.toString(n);
  }

  private static String bandList(List<Band> bands) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      parts.add((String) band(bands, i, false));
    }
    return String.join("; ", parts);
  }

  private static void commission(
      List<CommissionTier> before, List<CommissionTier> after, List<Message> lines) {
    Map<BigDecimal, BigDecimal[]> rates = new TreeMap<>();
    before.forEach(t -> rates.computeIfAbsent(key(t.from()), k -> new BigDecimal[2])[0] = t.rate());
    after.forEach(t -> rates.computeIfAbsent(key(t.from()), k -> new BigDecimal[2])[1] = t.rate());
    rates.forEach(
        (from, r) -> {
          boolean same = r[0] != null && r[1] != null && r[0].compareTo(r[1]) == 0;
          if (!same) {
            lines.add(
                Message.of(
                    "whatif.change.commission", ParamText.plain(from), rate(r[0]), rate(r[1])));
          }
        });
  }

  private static BigDecimal key(BigDecimal from) {
    return from.signum() == 0 ? BigDecimal.ZERO : from.stripTrailingZeros();
  }

  private static Object rate(BigDecimal rate) {
    return rate == null ? Message.of("whatif.absent") : ParamText.percent(rate);
  }
}
