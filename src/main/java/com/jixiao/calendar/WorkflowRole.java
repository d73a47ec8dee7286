package com.jixiao.calendar;

import com.jixiao.i18n.Message;

/** Who is responsible for a workflow step, as source 4's 考核实施程序 names them. */
public enum WorkflowRole {
  PROJECT_MANAGER("project_manager"),
  SUPERVISOR("supervisor"),
  CS_DEPARTMENT("cs_department"),
  CS_MANAGER("cs_manager"),
  HR("hr");

  private final String key;

  WorkflowRole(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The role's name in the workbook's language (key {@code workflow.role.<key>}). */
  public Message label() {
    return Message.of("workflow.role." + key);
  }
}
