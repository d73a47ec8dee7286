package com.jixiao.workbook.output;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.ItemScore;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.report.MonthReport;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores / 考核得分: the 19 items, group subtotals, total, coefficient, rank; comments explain. */
final class ScoresSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.scores";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    tables.write(sheetName, columns(messages), report.scores().scores());
  }

  private static List<TableColumn<AgentScore>> columns(Messages messages) {
    Language lang = messages.language();
    List<TableColumn<AgentScore>> cols = new ArrayList<>();
    cols.add(TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, s -> s.agent().id()));
    cols.add(TableColumn.of(Labels.col(messages, "name"), Format.TEXT, s -> s.agent().name()));
    cols.add(TableColumn.of(Labels.col(messages, "team"), Format.TEXT, s -> s.agent().team()));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "role"), Format.TEXT, s -> s.agent().role().label(lang)));
    for (Item item : Item.values()) {
      cols.add(
          TableColumn.<AgentScore>of(
                  item.label(lang),
                  Format.DECIMAL2,
                  s -> s.item(item).map(ItemScore::score).orElse(null))
              .withComment(s -> comment(messages, s, item)));
    }
    for (Group group : Group.values()) {
      cols.add(TableColumn.of(group.label(lang), Format.DECIMAL2, s -> s.groups().get(group)));
    }
    cols.add(TableColumn.of(Labels.col(messages, "total"), Format.DECIMAL2, AgentScore::total));
    cols.add(
        TableColumn.of(Labels.col(messages, "band"), Format.DECIMAL2, s -> s.band().coefficient()));
    cols.add(TableColumn.of(Labels.col(messages, "rank"), Format.INTEGER, AgentScore::rank));
    return cols;
  }

  private static String comment(Messages messages, AgentScore score, Item item) {
    Optional<ItemScore> s = score.item(item);
    if (s.isEmpty()) {
      return messages.format(
          "comment.not_assessed", score.agent().role().label(messages.language()));
    }
    return messages.format(s.get().explanation())
        + "\n"
        + messages.format("comment.weight", s.get().weight().stripTrailingZeros().toPlainString());
  }
}
