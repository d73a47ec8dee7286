package com.jixiao.assess;

import com.jixiao.model.Agent;
import com.jixiao.model.Confirmations;
import com.jixiao.model.HolidayEntry;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.QaRecord;
import com.jixiao.model.SalaryLevel;
import com.jixiao.model.Settings;
import com.jixiao.rules.RuleSet;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one valid standard workbook: the input of the assessment. {@code
 * confirmations} are the agents' responses of the month's second pass ({@link Confirmations#NONE}
 * in the first).
 */
public record MonthInput(
    Settings settings,
    RuleSet rules,
    List<Agent> agents,
    Map<Integer, SalaryLevel> salaryLevels,
    List<MonthlyStats> monthly,
    List<QaRecord> quality,
    List<PointsEntry> points,
    List<HolidayEntry> holidays,
    Confirmations confirmations) {

  /** A month without a Confirmations sheet (the first pass). */
  public MonthInput(
      Settings settings,
      RuleSet rules,
      List<Agent> agents,
      Map<Integer, SalaryLevel> salaryLevels,
      List<MonthlyStats> monthly,
      List<QaRecord> quality,
      List<PointsEntry> points,
      List<HolidayEntry> holidays) {
    this(
        settings,
        rules,
        agents,
        salaryLevels,
        monthly,
        quality,
        points,
        holidays,
        Confirmations.NONE);
  }

  /** The same month with other Monthly rows and QA records (the accepted objections applied). */
  public MonthInput withCorrected(List<MonthlyStats> newMonthly, List<QaRecord> newQuality) {
    return new MonthInput(
        settings,
        rules,
        agents,
        salaryLevels,
        newMonthly,
        newQuality,
        points,
        holidays,
        confirmations);
  }

  /** The same month under other settings. */
  public MonthInput withSettings(Settings newSettings) {
    return new MonthInput(
        newSettings,
        rules,
        agents,
        salaryLevels,
        monthly,
        quality,
        points,
        holidays,
        confirmations);
  }

  /** The same month under other rules. */
  public MonthInput withRules(RuleSet newRules) {
    return new MonthInput(
        settings,
        newRules,
        agents,
        salaryLevels,
        monthly,
        quality,
        points,
        holidays,
        confirmations);
  }

  public MonthInput {
    agents = List.copyOf(agents);
    salaryLevels = Map.copyOf(salaryLevels);
    monthly = List.copyOf(monthly);
    quality = List.copyOf(quality);
    points = List.copyOf(points);
    holidays = List.copyOf(holidays);
  }
}
