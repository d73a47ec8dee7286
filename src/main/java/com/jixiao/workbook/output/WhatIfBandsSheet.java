package com.jixiao.workbook.output;

import com.jixiao.ranking.TierClass;
import com.jixiao.report.TeamComparison;
import com.jixiao.report.TeamFigures;
import com.jixiao.report.whatif.BandText;
import com.jixiao.report.whatif.WhatIf;
import com.jixiao.report.whatif.WhatIfTexts;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * 档位与分班 / Bands and tiers of a what-if: per month, the agents in each band (by place, best first;
 * "≥90 ×0.9 → ≥92 ×0.9" when the band itself changes) and in each tier class, under the current
 * rules and the changed ones.
 */
final class WhatIfBandsSheet {
  private final WhatIfTexts texts;

  WhatIfBandsSheet(WhatIfTexts texts) {
    this.texts = texts;
  }

  /** One line: month, kind (band or tier class), name, agents before and after. */
  private record Line(String month, String kind, String name, int before, int after) {}

  void write(TableWriter tables, WhatIf whatIf) {
    List<Line> lines = new ArrayList<>();
    for (WhatIf.MonthChange m : whatIf.months()) {
      String month = m.month().toString();
      TeamComparison team = m.comparison().team();
      String band = texts.figure(com.jixiao.report.Figure.BAND);
      for (TeamComparison.BandRow row : team.bandRows()) {
        lines.add(
            new Line(
                month,
                band,
                BandText.atPlace(team, row.place()),
                row.before().map(TeamFigures.BandCount::agents).orElse(0),
                row.after().map(TeamFigures.BandCount::agents).orElse(0)));
      }
      String tier = texts.text("col.tier");
      for (TierClass c : TierClass.values()) {
        lines.add(
            new Line(
                month,
                tier,
                texts.text(c.labelKey()),
                team.before().tiers().get(c),
                team.after().tiers().get(c)));
      }
      lines.add(
          new Line(
              month,
              tier,
              texts.text("whatif.no_tier"),
              team.before().withoutTier(),
              team.after().withoutTier()));
    }
    String agents = texts.text("whatif.col.agents");
    tables.write(
        texts.text("whatif.sheet.bands"),
        List.of(
            TableColumn.of(texts.text("whatif.col.month"), Format.TEXT, Line::month),
            TableColumn.of(texts.text("whatif.col.kind"), Format.TEXT, Line::kind),
            TableColumn.of(texts.text("whatif.col.name"), Format.TEXT, Line::name),
            TableColumn.of(texts.before(agents), Format.INTEGER, Line::before),
            TableColumn.of(texts.after(agents), Format.INTEGER, Line::after),
            TableColumn.of(texts.change(agents), Format.INTEGER, l -> l.after() - l.before())),
        lines);
  }
}
