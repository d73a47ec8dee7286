package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Contested;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Text;
import com.jixiao.rules.Item;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.RawValue;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what an objection contests and the value claimed: a Monthly column of the period ("迟到次数",
 * "late_count"; a rated item's name is its level column, "专业知识"), or a QA record by its date and
 * item (质检日期 + 质检项), claimed void (blank, 作废) or another code. An item the rules compute from
 * figures cannot be set by hand: the message names the figures to contest instead.
 */
final class ContestedColumn {
  private static final Field<LocalDate> QA_DATE = Field.date("qa_date");

  /** Words in the claimed column that void a QA finding (it counts as a passed inspection). */
  private static final Set<String> VOID_WORDS =
      Set.of("作废", "无效", "撤销", "void", "voided", "cancel", "cancelled", "none");

  /** The figures each computed item is scored on (docs/rules.md#items). */
  private static final Map<Item, List<Metric>> INPUTS = new EnumMap<>(Item.class);

  static {
    INPUTS.put(Item.SALES_COMPLETION, List.of(Metric.SALES, Metric.SALES_TARGET));
    INPUTS.put(Item.SALES_GROWTH, List.of(Metric.SALES));
    INPUTS.put(Item.CONVERSION, List.of(Metric.DEALS, Metric.VISITORS));
    INPUTS.put(Item.FLAGSHIP, List.of(Metric.FLAGSHIP_RATIO));
    INPUTS.put(Item.REFUND_RATE, List.of(Metric.REFUND_ORDERS, Metric.ORDERS));
    INPUTS.put(Item.INQUIRIES, List.of(Metric.INQUIRIES));
    INPUTS.put(Item.PERSONAL_SHARE, List.of(Metric.ORDERS));
    INPUTS.put(Item.ATTENDANCE, List.of(Metric.LATE_COUNT, Metric.ABSENT_DAYS));
    INPUTS.put(Item.ETIQUETTE, List.of(Metric.ETIQUETTE_VIOLATIONS));
    INPUTS.put(Item.SERVICE_ATTITUDE, List.of(Metric.COMPLAINTS));
    INPUTS.put(Item.REPORTS, List.of(Metric.REPORTS_ON_TIME, Metric.REPORTS_QUALITY_OK));
    INPUTS.put(Item.TEAM_RULES, List.of(Metric.RULE_VIOLATIONS));
    INPUTS.put(Item.TEAMWORK, List.of(Metric.TEAMWORK_INCIDENTS));
  }

  private final Language language;
  private final YearMonth period;

  /** How many QA records of the period each agent has per date and code. */
  private final Map<String, Integer> records = new HashMap<>();

  ContestedColumn(Language language, YearMonth period, List<QaRecord> quality) {
    this.language = language;
    this.period = period;
    for (QaRecord r : quality) {
      if (YearMonth.from(r.date()).equals(period)) {
        records.merge(key(r.agentId(), r.date(), r.code()), 1, Integer::sum);
      }
    }
  }

  YearMonth period() {
    return period;
  }

  /** How many QA records of the agent carry this date and code. */
  int records(String agentId, LocalDate date, QaCode code) {
    return records.getOrDefault(key(agentId, date, code), 0);
  }

  private static String key(String agentId, LocalDate date, QaCode code) {
    return agentId + "\u0000" + date + "\u0000" + code;
  }

  /** What the row contests; empty (with the problem reported) when it cannot be read. */
  Optional<Contested> read(SheetReader s, TableRow row, Agent agent) {
    Optional<String> text = s.text(row, "contested");
    boolean qaGiven =
        !(s.raw(row, QA_DATE.key()) instanceof RawValue.Blank)
            || !(s.raw(row, "qa_item") instanceof RawValue.Blank);
    if (qaGiven) {
      if (text.isPresent() && !SheetSchema.QUALITY.matches(text.get()) && !isQaWord(text.get())) {
        s.error(
            row,
            "contested",
            Message.of("confirm.error.field_and_qa", text.get()),
            Message.of("confirm.hint.field_and_qa"));
        return Optional.empty();
      }
      return inspection(s, row, agent);
    }
    if (text.isEmpty()) {
      s.error(
          row,
          "contested",
          Message.of("confirm.error.nothing_contested"),
          Message.of("confirm.hint.contested"));
      return Optional.empty();
    }
    return field(s, row, text.get());
  }

  private static boolean isQaWord(String text) {
    String t = Text.normalize(text);
    return t.equals("质检") || t.equals("qa") || t.equals("质检记录");
  }

  private Optional<Contested> field(SheetReader s, TableRow row, String text) {
    Optional<Metric> metric = Metric.parse(text);
    if (metric.isEmpty()) {
      Optional<Item> item = Item.parse(text);
      if (item.isPresent() && INPUTS.containsKey(item.get())) {
        s.error(
            row,
            "contested",
            Message.of("confirm.error.computed_item", item.get().label(language)),
            Message.of("confirm.hint.computed_item", inputsOf(item.get())));
      } else {
        s.error(
            row,
            "contested",
            Message.of("confirm.error.unknown_contested", text),
            Message.of("confirm.hint.contested"));
      }
      return Optional.empty();
    }
    Metric m = metric.get();
    RawValue raw = s.raw(row, "claimed");
    if (raw instanceof RawValue.Blank) {
      s.error(
          row,
          "claimed",
          Message.of("confirm.error.no_claim", m.label(language)),
          Message.of("confirm.hint.no_claim", m.label(language)));
      return Optional.empty();
    }
    CellParser.Result parsed = CellParser.parse(raw, m.type());
    if (parsed.failed()) {
      s.error(
          row,
          "claimed",
          Message.of("confirm.error.claimed_kind", m.label(language), parsed.error()),
          parsed.hint());
      return Optional.empty();
    }
    return Optional.of(new Contested.MonthlyField(m, (BigDecimal) parsed.value()));
  }

  /** "销售额、销售目标" (and the QA records for service attitude). */
  private Message inputsOf(Item item) {
    String list =
        INPUTS.get(item).stream()
            .map(m -> m.label(language))
            .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
    return item == Item.SERVICE_ATTITUDE
        ? Message.of("confirm.hint.inputs_and_qa", list)
        : Message.of("confirm.hint.inputs", list);
  }

  private Optional<Contested> inspection(SheetReader s, TableRow row, Agent agent) {
    LocalDate date = s.require(row, QA_DATE);
    String itemText = s.require(row, Field.text("qa_item"));
    if (date == null || itemText == null) {
      return Optional.empty();
    }
    Optional<QaCode> code = QaCode.parse(itemText);
    if (code.isEmpty()) {
      s.error(
          row,
          "qa_item",
          Message.of("error.quality.unknown_item", itemText),
          Message.of("hint.quality.items"));
      return Optional.empty();
    }
    if (code.get().kind() == QaCode.Kind.PASS) {
      s.error(
          row,
          "qa_item",
          Message.of("confirm.error.qa_pass", itemText),
          Message.of("confirm.hint.qa_pass"));
      return Optional.empty();
    }
    if (!YearMonth.from(date).equals(period)) {
      s.error(
          row,
          QA_DATE.key(),
          Message.of("confirm.error.qa_not_in_period", date.toString(), period.toString()),
          Message.of("confirm.hint.qa_not_in_period"));
      return Optional.empty();
    }
    if (agent != null && records(agent.id(), date, code.get()) == 0) {
      s.error(
          row,
          "qa_item",
          Message.of("confirm.error.qa_missing", agent.id(), date.toString(), code.get().name()),
          Message.of("confirm.hint.qa_missing"));
      return Optional.empty();
    }
    Optional<QaCode> recode = recode(s, row);
    if (s.rowFailed()) {
      return Optional.empty();
    }
    return Optional.of(new Contested.Inspection(date, code.get(), recode));
  }

  /** Empty: void (also when unreadable, then reported and the row failed); a code: recoded. */
  private Optional<QaCode> recode(SheetReader s, TableRow row) {
    Optional<String> claimed = s.text(row, "claimed");
    if (claimed.isEmpty() || VOID_WORDS.contains(Text.normalize(claimed.get()))) {
      return Optional.empty();
    }
    Optional<QaCode> code = QaCode.parse(claimed.get());
    if (code.isEmpty()) {
      s.error(
          row,
          "claimed",
          Message.of("confirm.error.qa_claim", claimed.get()),
          Message.of("confirm.hint.qa_claim"));
      return Optional.empty();
    }
    return code.get() == QaCode.OK ? Optional.empty() : code;
  }
}
