package com.jixiao.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an objection contests, with the value the agent claims: a number of the agent's Monthly row
 * in the period (a rated item's level is such a number: the manager's judgement sets the item's
 * score through it), or one quality-inspection record, which the agent claims is void or should
 * carry another code.
 */
public sealed interface Contested {

  /**
   * A Monthly figure of the period; {@code claimed} is in the metric's type (a level, a count…).
   */
  record MonthlyField(Metric metric, BigDecimal claimed) implements Contested {}

  /**
   * The agent's QA record of {@code date} with {@code code}: voided when {@code recodeTo} is empty
   * (it stays an inspection, counted as passed), else recoded.
   */
  record Inspection(LocalDate date, QaCode code, Optional<QaCode> recodeTo) implements Contested {}
}
