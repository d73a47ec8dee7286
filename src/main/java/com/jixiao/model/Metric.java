package com.jixiao.model;

import java.util.Optional;

/**
 * A number column of the Monthly / 月度数据 sheet (docs/workbook.md#sheet-monthly), with its type and
 * labels.
 */
public enum Metric {
  SALES("sales", "销售额", "Sales", ValueType.MONEY),
  SALES_TARGET("sales_target", "销售目标", "Sales target", ValueType.MONEY),
  VISITORS("visitors", "访问量", "Visitors", ValueType.COUNT),
  INQUIRIES("inquiries", "咨询量", "Inquiries", ValueType.COUNT),
  DEALS("deals", "成交量", "Deals", ValueType.COUNT),
  ORDERS("orders", "订单量", "Orders", ValueType.COUNT),
  REFUND_ORDERS("refund_orders", "退单量", "Refund orders", ValueType.COUNT),
  FLAGSHIP_RATIO("flagship_ratio", "主推单品销售比例", "Flagship ratio", ValueType.RATE),
  DISPUTES("disputes", "交易纠纷", "Disputes", ValueType.COUNT),
  PRODUCT_KNOWLEDGE("product_knowledge", "专业知识", "Product knowledge", ValueType.LEVEL3),
  GUIDANCE("guidance", "导购能力", "Guidance", ValueType.LEVEL4),
  COMMUNICATION("communication", "沟通能力", "Communication", ValueType.LEVEL3),
  ADAPTABILITY("adaptability", "灵活应变能力", "Adaptability", ValueType.LEVEL3),
  RESPONSIBILITY("responsibility", "责任感", "Responsibility", ValueType.LEVEL4),
  SCHEDULED_DAYS("scheduled_days", "应出勤天数", "Scheduled days", ValueType.DAYS),
  ABSENT_DAYS("absent_days", "缺勤天数", "Absent days", ValueType.DAYS),
  LATE_COUNT("late_count", "迟到次数", "Late count", ValueType.COUNT),
  ETIQUETTE_VIOLATIONS("etiquette_violations", "礼仪违规次数", "Etiquette violations", ValueType.COUNT),
  COMPLAINTS("complaints", "投诉差评次数", "Complaints", ValueType.COUNT),
  REPORTS_ON_TIME("reports_on_time", "按时提交报告数", "Reports on time", ValueType.COUNT),
  REPORTS_QUALITY_OK("reports_quality_ok", "合格报告数", "Reports up to standard", ValueType.COUNT),
  RULE_VIOLATIONS("rule_violations", "违反制度次数", "Rule violations", ValueType.COUNT),
  TEAMWORK_INCIDENTS("teamwork_incidents", "影响团队次数", "Teamwork incidents", ValueType.COUNT),
  RECEPTIONS("receptions", "接待人数", "Receptions", ValueType.COUNT),
  GOOD_REVIEWS("good_reviews", "好评数", "Good reviews", ValueType.COUNT),
  AVG_RESPONSE_SECONDS("avg_response_seconds", "平均响应时长(秒)", "Avg response (s)", ValueType.DECIMAL),
  SATISFACTION("satisfaction", "满意度", "Satisfaction", ValueType.SHARE);

  private final String key;
  private final String zh;
  private final String en;
  private final ValueType type;

  Metric(String key, String zh, String en, ValueType type) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.type = type;
  }

  public String key() {
    return key;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public ValueType type() {
    return type;
  }

  /** Reads a column's key ("late_count"), Chinese or English label, as {@link Text} compares. */
  public static Optional<Metric> parse(String text) {
    String t = Text.normalize(text);
    for (Metric m : values()) {
      if (!t.isEmpty()
          && (t.equals(Text.normalize(m.key))
              || t.equals(Text.normalize(m.zh))
              || t.equals(Text.normalize(m.en)))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
