package com.jixiao.workbook;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.ItemScore;
import com.jixiao.assess.MonthResult;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkflowStep;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import com.jixiao.workbook.TableColumn.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Adds the output sheets of SPEC 5.2 to the input workbook, leaving every input sheet as it was,
 * and saves the result atomically as {@code <basename>.filled.xlsx}.
 */
public final class FilledWorkbookWriter {
  private final Messages messages;

  public FilledWorkbookWriter(Messages messages) {
    this.messages = messages;
  }

  /** The output sheet names, in the workbook's language. */
  public static List<String> outputSheetNames(Messages messages) {
    return List.of(
        messages.format("sheet.scores"),
        messages.format("sheet.workflow"),
        messages.format("sheet.alerts"));
  }

  /**
   * Adds Scores, Workflow and Alerts to {@code workbook} (replacing output sheets of an earlier
   * run, which adds an alert) and writes it to {@code target}.
   */
  public void write(
      XSSFWorkbook workbook, MonthResult result, Workflow workflow, List<Alert> alerts, Path target)
      throws IOException {
    List<Alert> all = new ArrayList<>(alerts);
    for (String name : outputSheetNames(messages)) {
      int index = workbook.getSheetIndex(name);
      if (index >= 0) {
        workbook.removeSheetAt(index);
        all.add(
            new Alert(
                com.jixiao.assess.Severity.INFO,
                "output_sheet_replaced",
                name,
                com.jixiao.i18n.Message.of("alert.output_sheet_replaced", name)));
      }
    }
    TableWriter tables = new TableWriter(workbook);
    tables.write(messages.format("sheet.scores"), scoreColumns(), result.scores());
    tables.write(messages.format("sheet.workflow"), workflowColumns(), workflow.steps());
    tables.write(messages.format("sheet.alerts"), alertColumns(), all);
    workbook.setForceFormulaRecalculation(false);
    AtomicFiles.write(target, workbook::write);
  }

  private List<TableColumn<AgentScore>> scoreColumns() {
    Language lang = messages.language();
    List<TableColumn<AgentScore>> cols = new ArrayList<>();
    cols.add(TableColumn.of(label("agent_id"), Format.TEXT, s -> s.agent().id()));
    cols.add(TableColumn.of(label("name"), Format.TEXT, s -> s.agent().name()));
    cols.add(TableColumn.of(label("team"), Format.TEXT, s -> s.agent().team()));
    cols.add(TableColumn.of(label("role"), Format.TEXT, s -> s.agent().role().label(lang)));
    for (Item item : Item.values()) {
      cols.add(
          TableColumn.<AgentScore>of(
                  item.label(lang),
                  Format.DECIMAL2,
                  s -> s.item(item).map(ItemScore::score).orElse(null))
              .withComment(s -> itemComment(s, item)));
    }
    for (Group group : Group.values()) {
      cols.add(TableColumn.of(group.label(lang), Format.DECIMAL2, s -> s.groups().get(group)));
    }
    cols.add(TableColumn.of(label("total"), Format.DECIMAL2, AgentScore::total));
    cols.add(TableColumn.of(label("band"), Format.DECIMAL2, s -> s.band().coefficient()));
    cols.add(TableColumn.of(label("rank"), Format.INTEGER, AgentScore::rank));
    return cols;
  }

  private String itemComment(AgentScore score, Item item) {
    Optional<ItemScore> s = score.item(item);
    if (s.isEmpty()) {
      return messages.format(
          "comment.not_assessed", score.agent().role().label(messages.language()));
    }
    return messages.format(s.get().explanation())
        + "\n"
        + messages.format("comment.weight", s.get().weight().stripTrailingZeros().toPlainString());
  }

  private List<TableColumn<WorkflowStep>> workflowColumns() {
    return List.of(
        TableColumn.of(label("step"), Format.INTEGER, WorkflowStep::number),
        TableColumn.of(
            label("description"),
            Format.LONG_TEXT,
            s -> messages.format(s.title()) + "：" + messages.format(s.description())),
        TableColumn.of(label("responsible"), Format.TEXT, s -> messages.format(s.role().label())),
        TableColumn.<WorkflowStep>of(label("working_day"), Format.INTEGER, WorkflowStep::workingDay)
            .withComment(s -> messages.format(s.due())),
        TableColumn.of(label("due_date"), Format.DATE, WorkflowStep::dueDate));
  }

  private List<TableColumn<Alert>> alertColumns() {
    Language lang = messages.language();
    return List.of(
        TableColumn.of(label("severity"), Format.TEXT, a -> a.severity().label(lang)),
        TableColumn.of(label("type"), Format.TEXT, a -> typeLabel(a.type())),
        TableColumn.of(label("subject"), Format.TEXT, Alert::subject),
        TableColumn.of(label("message"), Format.LONG_TEXT, a -> messages.format(a.message())));
  }

  private String typeLabel(String type) {
    String key = "alert.type." + type;
    return messages.has(key) ? messages.format(key) : type;
  }

  private String label(String key) {
    return messages.format("col." + key);
  }
}
