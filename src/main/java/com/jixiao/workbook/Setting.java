package com.jixiao.workbook;

import com.jixiao.model.Language;
import com.jixiao.model.Text;
import com.jixiao.model.ValueType;
import java.util.Optional;

/** A key of the Settings / 设置 sheet (docs/workbook.md#sheet-settings). */
public enum Setting {
  STORE("store", "店铺", "Store", ValueType.TEXT),
  PERIOD("period", "考核月份", "Period", ValueType.MONTH),
  LANGUAGE("language", "语言", "Language", ValueType.TEXT),
  CURRENCY("currency", "币种", "Currency", ValueType.TEXT),
  STORE_REVENUE("store_revenue", "店铺营业额", "Store revenue", ValueType.MONEY),
  STORE_REVENUE_TARGET("store_revenue_target", "营业额目标", "Revenue target", ValueType.MONEY),
  STORE_REVENUE_PREVIOUS(
      "store_revenue_previous", "上月营业额", "Previous month revenue", ValueType.MONEY),
  POINTS_POOL_RATE("points_pool_rate", "奖金池比例", "Points pool rate", ValueType.SHARE),
  STORE_ORDERS("store_orders", "店铺总订单量", "Store orders", ValueType.COUNT);

  private final String key;
  private final String zh;
  private final String en;
  private final ValueType type;

  Setting(String key, String zh, String en, ValueType type) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.type = type;
  }

  public String key() {
    return key;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public ValueType type() {
    return type;
  }

  public static Optional<Setting> parse(String text) {
    String t = Text.normalize(text);
    for (Setting s : values()) {
      if (t.equals(Text.normalize(s.key))
          || t.equals(Text.normalize(s.zh))
          || t.equals(Text.normalize(s.en))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
