package com.jixiao.importer;

import com.jixiao.model.Text;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header cell of an export as it is compared: {@link Text#normalize normalized} (case, width,
 * spaces, {@code _} and {@code -}), arrows dropped ("询单->最终付款金额", "询单→最终付款金额" are one name), and a
 * unit in brackets at the end split off ("平均响应(秒)", "销售额（万元）"). Only units listed here are split
 * off: a header with another bracket ("销售额(美元)") stays whole, so it is not mistaken for a figure it
 * is not.
 */
public record HeaderText(String base, Unit unit) {
  private static final Pattern UNIT = Pattern.compile("^(.+?)\\(([^()]+)\\)$");

  /** What a value in the column is multiplied by, and whether plain numbers are percents. */
  public enum Unit {
    NONE(BigDecimal.ONE),
    SECONDS(BigDecimal.ONE),
    MINUTES(BigDecimal.valueOf(60)),
    HOURS(BigDecimal.valueOf(3600)),
    YUAN(BigDecimal.ONE),
    THOUSAND_YUAN(BigDecimal.valueOf(1000)),
    TEN_THOUSAND_YUAN(BigDecimal.valueOf(10_000)),
    PERCENT(BigDecimal.ONE),
    /** 人, 次, 笔, 件 …: says what is counted, changes nothing. */
    COUNTED(BigDecimal.ONE);

    private final BigDecimal factor;

    Unit(BigDecimal factor) {
      this.factor = factor;
    }

    public BigDecimal factor() {
      return factor;
    }
  }

  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("秒", Unit.SECONDS),
          Map.entry("s", Unit.SECONDS),
          Map.entry("sec", Unit.SECONDS),
          Map.entry("分", Unit.MINUTES),
          Map.entry("分钟", Unit.MINUTES),
          Map.entry("min", Unit.MINUTES),
          Map.entry("小时", Unit.HOURS),
          Map.entry("h", Unit.HOURS),
          Map.entry("元", Unit.YUAN),
          Map.entry("¥", Unit.YUAN),
          Map.entry("￥", Unit.YUAN),
          Map.entry("rmb", Unit.YUAN),
          Map.entry("cny", Unit.YUAN),
          Map.entry("千元", Unit.THOUSAND_YUAN),
          Map.entry("万元", Unit.TEN_THOUSAND_YUAN),
          Map.entry("万", Unit.TEN_THOUSAND_YUAN),
          Map.entry("%", Unit.PERCENT),
          Map.entry("人", Unit.COUNTED),
          Map.entry("个", Unit.COUNTED),
          Map.entry("次", Unit.COUNTED),
          Map.entry("笔", Unit.COUNTED),
          Map.entry("件", Unit.COUNTED),
          Map.entry("单", Unit.COUNTED),
          Map.entry("条", Unit.COUNTED),
          Map.entry("天", Unit.COUNTED));

  /** The header as compared with the alias table and the ImportMap sheet. */
  public static HeaderText of(String header) {
    String n = fold(header);
    Matcher m = UNIT.matcher(n);
    if (m.matches()) {
      Unit unit = UNITS.get(m.group(2));
      if (unit != null) {
        return new HeaderText(m.group(1), unit);
      }
    }
    return new HeaderText(n, Unit.NONE);
  }

  /** The whole header folded, unit included: how an ImportMap entry names a column exactly. */
  public static String fold(String header) {
    String n = Text.normalize(header);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '>' || c == '→' || c == '⇒' || c == '＞' || c == ':' || c == '：') {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Whether the header says nothing (blank cell). */
  public boolean isEmpty() {
    return base.isEmpty();
  }
}
