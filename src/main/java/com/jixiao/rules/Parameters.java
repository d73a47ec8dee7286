package com.jixiao.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of all {@link Param}s: the rule book's defaults (docs/rules.md#parameters), overridden
 * by the Parameters sheet. Values are BigDecimal (numbers, rates as fractions, money),
 * List&lt;BigDecimal&gt; (money lists), String (choices), or Optional&lt;BigDecimal&gt; (the
 * *_OR_NONE kinds).
 */
public final class Parameters {
  private final Map<Param, Object> values;

  private Parameters(Map<Param, Object> values) {
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
  }

  public static Parameters defaults() {
    EnumMap<Param, Object> v = new EnumMap<>(Param.class);
    for (Param p : Param.values()) {
      v.put(p, ParamParser.parse(p, p.defaultText()).orElseThrow());
    }
    return new Parameters(v);
  }

  /** A copy with the given overrides (already parsed, by {@link ParamParser}). */
  public Parameters with(Map<Param, Object> overrides) {
    EnumMap<Param, Object> v = new EnumMap<>(Param.class);
    v.putAll(values);
    v.putAll(overrides);
    return new Parameters(v);
  }

  /** The value as {@link ParamParser} gives it (see the class comment for its type). */
  public Object value(Param p) {
    return values.get(p);
  }

  public BigDecimal number(Param p) {
    return (BigDecimal) values.get(p);
  }

  public int integer(Param p) {
    return number(p).intValueExact();
  }

  @SuppressWarnings("unchecked")
  public List<BigDecimal> moneyList(Param p) {
    return (List<BigDecimal>) values.get(p);
  }

  @SuppressWarnings("unchecked")
  public Optional<BigDecimal> optional(Param p) {
    return (Optional<BigDecimal>) values.get(p);
  }

  public String choice(Param p) {
    return (String) values.get(p);
  }

  /**
   * The value as the Parameters sheet would write it, the same for equal values ("0.5" and "0.50"
   * are one text): numbers without trailing zeros, lists joined by commas, "none".
   */
  public String text(Param p) {
    Object v = values.get(p);
    if (v instanceof Optional<?> o) {
      return o.map(Parameters::text).orElse("none");
    }
    if (v instanceof List<?> list) {
      return String.join(",", list.stream().map(Parameters::text).toList());
    }
    return text(v);
  }

  private static String text(Object v) {
    return v instanceof BigDecimal n
        ? (n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString())
        : String.valueOf(v);
  }
}
