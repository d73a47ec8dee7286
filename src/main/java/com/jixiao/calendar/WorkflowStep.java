package com.jixiao.calendar;

import com.jixiao.i18n.Message;
import java.time.LocalDate;

/**
 * One step of the assessment workflow: its number (0–6), the working day it is due on (WDn after
 * the period; 0 for step 0, which is due before the period starts), the due date, who is
 * responsible, a short title and the description.
 */
public record WorkflowStep(
    int number,
    int workingDay,
    LocalDate dueDate,
    WorkflowRole role,
    Message title,
    Message description) {

  /** When the step is due, in words: "the 3rd working day after the period" or "before it". */
  public Message due() {
    return workingDay == 0
        ? Message.of("workflow.due.before_period")
        : Message.of("workflow.due.after_period", workingDay);
  }
}
