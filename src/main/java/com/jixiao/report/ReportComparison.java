package com.jixiao.report;

import com.jixiao.i18n.Message;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What differs between two month reports of the same team: every agent whose figures differ (or who
 * is in only one report), with the lines they cross, and the team's figures side by side. A pure
 * function of the two reports, not of files or cells: a what-if compares the month under the
 * current rules with the month under changed rules; a second pass compares the month before and
 * after corrections.
 *
 * <p>The comparison never knows why a figure changed. Whoever made the second report attaches the
 * causes: {@link #withCauses} for what applies to everyone (a rule change), {@link
 * #withAgentCauses} per agent (an accepted objection, a corrected input).
 *
 * <p>An agent's band changed when its place among the bands changed (so moving the 90 line to 92
 * does not change the band of an agent at 95); when the two reports have a different number of
 * bands, when the band's minimum or coefficient changed.
 *
 * @param period the later report's period
 * @param agents the agents that differ, in the later report's agent order, then those only in the
 *     earlier one in its order
 * @param team the team's figures in both reports
 * @param causes what the caller says changed for everyone, in its order
 */
public record ReportComparison(
    YearMonth period, List<AgentChange> agents, TeamComparison team, List<Message> causes) {

  public ReportComparison {
    agents = List.copyOf(agents);
    causes = List.copyOf(causes);
  }

  /** Compares {@code before} (e.g. the current rules) with {@code after}; no causes attached. */
  public static ReportComparison compare(MonthReport before, MonthReport after) {
    Map<String, AgentFigures> was = ReportFigures.of(before);
    Map<String, AgentFigures> now = ReportFigures.of(after);
    boolean samePlaces =
        before.input().rules().bands().size() == after.input().rules().bands().size();
    List<AgentChange> changes = new ArrayList<>();
    for (AgentFigures a : now.values()) {
      AgentFigures b = was.get(a.agent().id());
      if (b == null) {
        changes.add(only(a.agent().id(), null, a));
        continue;
      }
      Set<Figure> changed = changed(b, a, samePlaces);
      List<Crossing> crossings = crossings(b, a);
      if (!changed.isEmpty() || !crossings.isEmpty()) {
        changes.add(
            new AgentChange(
                a.agent().id(),
                java.util.Optional.of(b),
                java.util.Optional.of(a),
                changed,
                crossings,
                List.of()));
      }
    }
    for (AgentFigures b : was.values()) {
      if (!now.containsKey(b.agent().id())) {
        changes.add(only(b.agent().id(), b, null));
      }
    }
    return new ReportComparison(
        after.scores().period(),
        changes,
        new TeamComparison(TeamFigures.of(before), TeamFigures.of(after)),
        List.of());
  }

  /** The same comparison with causes that apply to everyone added after those it has. */
  public ReportComparison withCauses(List<Message> more) {
    List<Message> all = new ArrayList<>(causes);
    all.addAll(more);
    return new ReportComparison(period, agents, team, all);
  }

  /** The same comparison with each listed agent's causes added; other agents are unchanged. */
  public ReportComparison withAgentCauses(Map<String, List<Message>> byAgent) {
    List<AgentChange> withCauses =
        agents.stream()
            .map(c -> c.withCauses(byAgent.getOrDefault(c.agentId(), List.of())))
            .toList();
    return new ReportComparison(period, withCauses, team, causes);
  }

  /** Nothing differs: no agent changed, none came or went. */
  public boolean unchanged() {
    return agents.isEmpty();
  }

  /**
   * The changed agents, largest change of gross pay first (by its size, a cut before a rise of the
   * same size), then by agent ID.
   */
  public List<AgentChange> byPayChange() {
    Comparator<AgentChange> bySize =
        Comparator.comparing((AgentChange c) -> c.payDifference().abs()).reversed();
    return agents.stream()
        .sorted(
            bySize
                .thenComparing(c -> c.payDifference().signum())
                .thenComparing(AgentChange::agentId))
        .toList();
  }

  /** The agents that changed the figure. */
  public List<AgentChange> changing(Figure figure) {
    return agents.stream().filter(c -> c.changed().contains(figure)).toList();
  }

  /** The agents that cross a line, in the order of {@link #agents}. */
  public List<AgentChange> crossings() {
    return agents.stream().filter(c -> !c.crossings().isEmpty()).toList();
  }

  private static AgentChange only(String id, AgentFigures before, AgentFigures after) {
    return new AgentChange(
        id,
        java.util.Optional.ofNullable(before),
        java.util.Optional.ofNullable(after),
        EnumSet.allOf(Figure.class),
        List.of(),
        List.of());
  }

  private static Set<Figure> changed(AgentFigures b, AgentFigures a, boolean samePlaces) {
    Set<Figure> changed = EnumSet.noneOf(Figure.class);
    for (Figure f : Figure.values()) {
      boolean differs =
          switch (f) {
            case BAND ->
                samePlaces
                    ? b.bandPlace() != a.bandPlace()
                    : differ(b, a, x -> x.band().minScore())
                        || differ(b, a, x -> x.band().coefficient());
            case TIER -> !Objects.equals(b.tier(), a.tier());
            case SALES_RANK -> !Objects.equals(b.salesRank(), a.salesRank());
            case CONVERSION_RANK -> !Objects.equals(b.conversionRank(), a.conversionRank());
            default -> f.amount(b).orElseThrow().compareTo(f.amount(a).orElseThrow()) != 0;
          };
      if (differs) {
        changed.add(f);
      }
    }
    return changed;
  }

  private static boolean differ(
      AgentFigures b, AgentFigures a, Function<AgentFigures, BigDecimal> figure) {
    return figure.apply(b).compareTo(figure.apply(a)) != 0;
  }

  /** Lines the agent is over after and not before (INTO), and the reverse (OUT_OF). */
  private static List<Crossing> crossings(AgentFigures b, AgentFigures a) {
    List<Crossing> crossings = new ArrayList<>();
    for (Crossing.Line line : Crossing.Line.values()) {
      boolean was = b.lines().contains(line);
      boolean is = a.lines().contains(line);
      if (is && !was) {
        crossings.add(new Crossing(line, Crossing.Direction.INTO));
      } else if (was && !is) {
        crossings.add(new Crossing(line, Crossing.Direction.OUT_OF));
      }
    }
    return crossings;
  }
}
