package com.jixiao.rules;

import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules in effect as lines of text, one rule per line in a fixed order ("weight presales
 * conversion 5", "band 90 0.9 1 promote1", "commission 50000 0.02", "param qa.per_day 3"): equal
 * rule sets give equal lines, whatever the workbook's spelling (5 and 5.00 are one weight). The run
 * record hashes them, and two months' lines show which rules changed.
 */
public final class RulesText {
  private RulesText() {}

  public static List<String> lines(RuleSet rules) {
    List<String> lines = new ArrayList<>();
    for (Role role : Role.values()) {
      rules
          .weights()
          .forRole(role)
          .forEach(
              (item, weight) ->
                  lines.add("weight " + role.key() + " " + item.key() + " " + plain(weight)));
    }
    for (Band b : rules.bands()) {
      lines.add(
          "band "
              + plain(b.minScore())
              + " "
              + plain(b.coefficient())
              + " "
              + b.levelChange()
              + " "
              + b.action());
    }
    for (CommissionTier t : rules.commission()) {
      lines.add("commission " + plain(t.from()) + " " + plain(t.rate()));
    }
    for (Param p : Param.values()) {
      lines.add("param " + p.key() + " " + rules.params().text(p));
    }
    return lines;
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}
