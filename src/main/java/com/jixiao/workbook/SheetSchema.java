package com.jixiao.workbook;

import static com.jixiao.workbook.Column.optionalColumn;
import static com.jixiao.workbook.Column.requiredColumn;

import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Text;
import com.jixiao.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sheets of the standard workbook (docs/workbook.md#sheets): names in both languages, whether
 * required, and their columns. Key–value sheets (Settings, Parameters) have the two columns key and
 * value.
 */
public enum SheetSchema {
  SETTINGS("settings", "设置", "Settings", true, keyValue()),
  AGENTS(
      "agents",
      "客服名单",
      "Agents",
      true,
      List.of(
          requiredColumn("agent_id", "工号", "Agent ID", ValueType.TEXT),
          requiredColumn("name", "姓名", "Name", ValueType.TEXT),
          optionalColumn("team", "小组", "Team", ValueType.TEXT),
          optionalColumn("role", "岗位", "Role", ValueType.TEXT),
          requiredColumn("salary_level", "薪资级别", "Salary level", ValueType.INTEGER),
          optionalColumn("email", "邮箱", "Email", ValueType.TEXT),
          optionalColumn("manager_email", "主管邮箱", "Manager email", ValueType.TEXT),
          optionalColumn("status", "状态", "Status", ValueType.TEXT),
          optionalColumn("account", "子账号", "Account", ValueType.TEXT))),
  SALARY_LEVELS(
      "salary_levels",
      "薪资级别",
      "SalaryLevels",
      true,
      List.of(
          requiredColumn("level", "级别", "Level", ValueType.INTEGER),
          requiredColumn("level_wage", "级别工资", "Level wage", ValueType.MONEY),
          requiredColumn("performance_wage", "绩效工资", "Performance wage", ValueType.MONEY))),
  MONTHLY("monthly", "月度数据", "Monthly", true, monthlyColumns()),
  QUALITY(
      "quality",
      "质检记录",
      "Quality",
      false,
      List.of(
          requiredColumn("date", "日期", "Date", ValueType.DATE),
          requiredColumn("agent_id", "工号", "Agent ID", ValueType.TEXT),
          requiredColumn("item", "质检项", "Item", ValueType.TEXT),
          optionalColumn("note", "备注", "Note", ValueType.TEXT),
          optionalColumn("inspector", "质检员", "Inspector", ValueType.TEXT))),
  POINTS(
      "points",
      "积分记录",
      "Points",
      false,
      List.of(
          requiredColumn("date", "日期", "Date", ValueType.DATE),
          requiredColumn("agent_id", "工号", "Agent ID", ValueType.TEXT),
          requiredColumn("points", "积分", "Points", ValueType.DECIMAL),
          optionalColumn("reason", "原因", "Reason", ValueType.TEXT))),
  HOLIDAYS(
      "holidays",
      "节假日",
      "Holidays",
      false,
      List.of(
          requiredColumn("date", "日期", "Date", ValueType.DATE),
          requiredColumn("type", "类型", "Type", ValueType.TEXT),
          optionalColumn("name", "名称", "Name", ValueType.TEXT))),
  RULES(
      "rules",
      "考核规则",
      "Rules",
      false,
      List.of(
          requiredColumn("item", "考核项目", "Item", ValueType.TEXT),
          optionalColumn("weight", "权重", "Weight", ValueType.DECIMAL),
          optionalColumn("presales", "售前", "Presales", ValueType.DECIMAL),
          optionalColumn("aftersales", "售后", "Aftersales", ValueType.DECIMAL),
          optionalColumn("lead", "组长", "Lead", ValueType.DECIMAL))),
  PARAMETERS("parameters", "参数", "Parameters", false, keyValue()),
  COMMISSION(
      "commission",
      "提成阶梯",
      "Commission",
      false,
      List.of(
          requiredColumn("from", "起点销售额", "From sales", ValueType.MONEY),
          requiredColumn("rate", "提成比例", "Rate", ValueType.SHARE))),
  BANDS(
      "bands",
      "考核档位",
      "Bands",
      false,
      List.of(
          requiredColumn("min_score", "最低分", "Min score", ValueType.DECIMAL),
          requiredColumn("coefficient", "绩效系数", "Coefficient", ValueType.DECIMAL),
          optionalColumn("level_change", "级别调整", "Level change", ValueType.INTEGER),
          optionalColumn("action", "建议", "Action", ValueType.TEXT))),
  /** The month's second pass: one row per agent response (docs/rules.md#second-pass). */
  CONFIRMATIONS(
      "confirmations",
      "确认与申诉",
      "Confirmations",
      false,
      List.of(
          requiredColumn("agent_id", "工号", "Agent ID", ValueType.TEXT),
          requiredColumn("status", "状态", "Status", ValueType.TEXT),
          requiredColumn("date", "日期", "Date", ValueType.DATE),
          optionalColumn("contested", "异议项目", "Contested", ValueType.TEXT),
          optionalColumn("qa_date", "质检日期", "QA date", ValueType.DATE),
          optionalColumn("qa_item", "质检项", "QA item", ValueType.TEXT),
          optionalColumn("claimed", "申诉值", "Claimed value", ValueType.TEXT),
          optionalColumn("reason", "理由", "Reason", ValueType.TEXT),
          optionalColumn("decision", "处理结果", "Decision", ValueType.TEXT),
          optionalColumn("decided_by", "处理人", "Decided by", ValueType.TEXT),
          optionalColumn("decided_on", "处理日期", "Decided on", ValueType.DATE),
          optionalColumn("note", "备注", "Note", ValueType.TEXT))),
  /** A shop's own export headers for {@code jixiao import}: header | field (or ignore). */
  IMPORT_MAP(
      "import_map",
      "导入映射",
      "ImportMap",
      false,
      List.of(
          requiredColumn("export_header", "导出表头", "Export header", ValueType.TEXT),
          requiredColumn("field", "字段", "Field", ValueType.TEXT)));

  private final String key;
  private final String zh;
  private final String en;
  private final boolean required;
  private final List<Column> columns;

  SheetSchema(String key, String zh, String en, boolean required, List<Column> columns) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.required = required;
    this.columns = List.copyOf(columns);
  }

  private static List<Column> keyValue() {
    return List.of(
        requiredColumn("key", "项目", "Key", ValueType.TEXT),
        requiredColumn("value", "值", "Value", ValueType.TEXT));
  }

  private static List<Column> monthlyColumns() {
    List<Column> cols = new ArrayList<>();
    cols.add(requiredColumn("agent_id", "工号", "Agent ID", ValueType.TEXT));
    cols.add(requiredColumn("month", "月份", "Month", ValueType.MONTH));
    for (Metric m : Metric.values()) {
      cols.add(optionalColumn(m.key(), m.zh(), m.en(), m.type()));
    }
    return List.copyOf(cols);
  }

  public String key() {
    return key;
  }

  public String zh() {
    return zh;
  }

  /** The English sheet name, as docs/workbook.md#sheets writes it ("SalaryLevels"). */
  public String en() {
    return en;
  }

  public String name(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public boolean required() {
    return required;
  }

  public boolean isKeyValue() {
    return this == SETTINGS || this == PARAMETERS;
  }

  public List<Column> columns() {
    return columns;
  }

  public Optional<Column> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** Whether a sheet's name in a workbook is this sheet (key, zh or en; normalized). */
  public boolean matches(String sheetName) {
    String n = Text.normalize(sheetName);
    return n.equals(Text.normalize(key))
        || n.equals(Text.normalize(zh))
        || n.equals(Text.normalize(en));
  }
}
