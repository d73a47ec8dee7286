package com.jixiao.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team lead check, docs/rules.md#team-lead (source 1's 能者上、庸者下). */
class TeamLeadCheckTest {
  private static final YearMonth SEP = YearMonth.of(2026, 9);

  private static List<Alert> leadAlerts(RankingResult r) {
    return r.alerts().stream().filter(a -> a.type().equals("team_lead_demotion")).toList();
  }

  /** Team 一组 (lead L1, agent A) and 二组 (lead L2, agent B) over the months given. */
  private static Team teams(int months, String aSales, String bSales) {
    Team t =
        new Team()
            .agent("L1", Role.LEAD, "一组")
            .agent("A", Role.PRESALES, "一组")
            .agent("L2", Role.LEAD, "二组")
            .agent("B", Role.PRESALES, "二组");
    for (YearMonth m = SEP.minusMonths(months - 1); !m.isAfter(SEP); m = m.plusMonths(1)) {
      t.row("L1", m, Metric.SALES, "1").row("L2", m, Metric.SALES, "1");
      t.row("A", m, Metric.SALES, aSales).row("B", m, Metric.SALES, bSales);
    }
    return t;
  }

  @Test
  void aTeamBelowTargetThreeMonthsRunningAlertsItsLead() {
    RankingResult r = teams(3, "120000", "99999.99").rank();
    assertThat(leadAlerts(r))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("L2 名L2"));
  }

  @Test
  void twoMonthsAreNotEnoughAndTheMissingThirdIsSaid() {
    RankingResult r = teams(2, "120000", "90000").rank();
    assertThat(leadAlerts(r)).isEmpty();
    assertThat(r.alerts())
        .anyMatch(a -> a.type().equals("history_missing") && a.subject().equals("二组"));
  }

  @Test
  void theLowestOfTwoTeamsFailsEvenAboveTarget() {
    RankingResult r = teams(3, "130000", "110000").rank();
    assertThat(leadAlerts(r))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("L2 名L2"));
  }

  @Test
  void twoTeamsTiedOnTargetAreNeitherLowest() {
    RankingResult r = teams(3, "100000", "100000").rank();
    assertThat(leadAlerts(r)).isEmpty();
  }

  @Test
  void aLeadsOwnSalesDoNotCountForTheTeam() {
    // the leads sell 1 against a 100000 target, yet both teams meet their presales targets
    RankingResult r = teams(3, "100000", "100000").rank();
    assertThat(r.alerts()).noneMatch(a -> a.subject().startsWith("L"));
  }
}
