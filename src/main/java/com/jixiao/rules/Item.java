package com.jixiao.rules;

import com.jixiao.i18n.Labelled;
import com.jixiao.model.Language;
import com.jixiao.model.Role;
import com.jixiao.model.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The nineteen items of source 4's 销售导购客服绩效考核制度 (docs/rules.md#items), in the rule book's order,
 * each with its seed weight W0. The scoring rule of each item is in {@code
 * com.jixiao.assess.ItemRules}.
 */
public enum Item implements Labelled {
  SALES_COMPLETION("sales_completion", "销售额完成率", "Sales completion", Group.PERFORMANCE, 30, true),
  SALES_GROWTH("sales_growth", "销售增长率", "Sales growth", Group.PERFORMANCE, 8, true),
  CONVERSION("conversion", "转化率", "Conversion", Group.PERFORMANCE, 5, true),
  FLAGSHIP("flagship", "主推单品", "Flagship product", Group.PERFORMANCE, 5, true),
  REFUND_RATE("refund_rate", "退单率", "Refund rate", Group.PERFORMANCE, 5, false),
  INQUIRIES("inquiries", "咨询量", "Inquiries", Group.PERFORMANCE, 5, false),
  DISPUTES("disputes", "交易纠纷", "Disputes", Group.PERFORMANCE, 5, false),
  PERSONAL_SHARE("personal_share", "个人成交率", "Personal share", Group.PERFORMANCE, 2, true),
  PRODUCT_KNOWLEDGE("product_knowledge", "专业知识", "Product knowledge", Group.ABILITY, 5, false),
  GUIDANCE("guidance", "导购能力", "Guidance", Group.ABILITY, 3, false),
  COMMUNICATION("communication", "沟通能力", "Communication", Group.ABILITY, 5, false),
  ADAPTABILITY("adaptability", "灵活应变能力", "Adaptability", Group.ABILITY, 2, false),
  ATTENDANCE("attendance", "员工出勤率", "Attendance", Group.ATTITUDE, 4, false),
  ETIQUETTE("etiquette", "网店礼仪规范", "Etiquette", Group.ATTITUDE, 2, false),
  RESPONSIBILITY("responsibility", "责任感", "Responsibility", Group.ATTITUDE, 3, false),
  SERVICE_ATTITUDE("service_attitude", "服务态度", "Service attitude", Group.ATTITUDE, 5, false),
  REPORTS("reports", "报告提交", "Reports", Group.ATTITUDE, 4, false),
  TEAM_RULES("team_rules", "团队规章制度", "Team rules", Group.ATTITUDE, 4, false),
  TEAMWORK("teamwork", "团队协作", "Teamwork", Group.ATTITUDE, 3, false);

  private final String key;
  private final String zh;
  private final String en;
  private final Group group;
  private final BigDecimal seedWeight;
  private final boolean salesItem;

  Item(String key, String zh, String en, Group group, int seedWeight, boolean salesItem) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.group = group;
    this.seedWeight = BigDecimal.valueOf(seedWeight);
    this.salesItem = salesItem;
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

  @Override
  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public Group group() {
    return group;
  }

  /** W0: the weight the seed states the rule on. */
  public BigDecimal seedWeight() {
    return seedWeight;
  }

  /** 1-based number as in the rule book's table (docs/rules.md#items). */
  public int number() {
    return ordinal() + 1;
  }

  /** By default aftersales agents skip the sales items 1–4 and 8 (docs/rules.md#roles). */
  public boolean assessedByDefault(Role role) {
    return role != Role.AFTERSALES || !salesItem;
  }

  /** Reads a key ("sales_completion"), a Chinese or English label, or the item's number. */
  public static Optional<Item> parse(String text) {
    String t = Text.normalize(text);
    for (Item i : values()) {
      if (t.equals(Text.normalize(i.key))
          || t.equals(Text.normalize(i.zh))
          || t.equals(Text.normalize(i.en))
          || t.equals(Integer.toString(i.number()))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
