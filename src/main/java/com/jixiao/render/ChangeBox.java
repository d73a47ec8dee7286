package com.jixiao.render;

import com.jixiao.i18n.Messages;
import com.jixiao.report.AgentChange;
import com.jixiao.report.AgentFigures;
import com.jixiao.report.Figure;
import com.jixiao.report.Revision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PDFs' version line and a changed agent's "what changed" box: the figures an agent cares about
 * (total, band coefficient, rank, tier, reward, penalty, points bonus, gross pay) before and after,
 * and why.
 */
final class ChangeBox {
  /** The figures the box shows, in this order, when they changed. */
  private static final List<Figure> SHOWN =
      List.of(
          Figure.TOTAL,
          Figure.COEFFICIENT,
          Figure.RANK,
          Figure.TIER,
          Figure.REWARD,
          Figure.PENALTY,
          Figure.POINTS_PAYOUT,
          Figure.GROSS_PAY);

  private final Messages messages;
  private final MoneyText money;

  ChangeBox(Messages messages, MoneyText money) {
    this.messages = messages;
    this.money = money;
  }

  /** "第 2 版 · 指纹 3f9a1c2b7d4e" (no fingerprint before the run knows it). */
  String edition(Revision revision) {
    String version = messages.format("doc.version", String.valueOf(revision.version()));
    return revision.fingerprint().isEmpty()
        ? version
        : version + " · " + messages.format("doc.fingerprint", revision.shortFingerprint());
  }

  /** Null unless the agent changed since the earlier version. */
  ScorecardPage.Changes of(Revision revision, String agentId) {
    Optional<AgentChange> change = revision.change(agentId);
    if (change.isEmpty() || change.get().before().isEmpty() || change.get().after().isEmpty()) {
      return null;
    }
    AgentChange c = change.get();
    AgentFigures before = c.before().get();
    AgentFigures after = c.after().get();
    List<ScorecardPage.ChangeRow> rows = new ArrayList<>();
    for (Figure f : SHOWN) {
      if (c.changed().contains(f)) {
        rows.add(
            new ScorecardPage.ChangeRow(
                messages.format("col." + f.key()), shown(f, before), shown(f, after)));
      }
    }
    List<String> causes = new ArrayList<>();
    c.causes().forEach(m -> causes.add(messages.format(m)));
    revision.changes().orElseThrow().causes().forEach(m -> causes.add(messages.format(m)));
    int earlier = revision.earlier().map(Revision.Earlier::version).orElse(revision.version() - 1);
    String title =
        messages.format(
            "scorecard.changes_title", String.valueOf(revision.version()), String.valueOf(earlier));
    return new ScorecardPage.Changes(title, rows, causes);
  }

  private String shown(Figure f, AgentFigures figures) {
    if (f == Figure.TIER) {
      return figures.tier().map(t -> messages.format(t.labelKey())).orElse("-");
    }
    Optional<BigDecimal> n = f.amount(figures);
    if (n.isEmpty()) {
      return "-";
    }
    if (f.isMoney()) {
      return money.amount(n.get());
    }
    return f == Figure.RANK
        ? n.get().toPlainString()
        : n.get().setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
