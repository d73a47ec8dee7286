package com.jixiao.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of all {@link Param}s: the spec's defaults, overridden by the Parameters sheet. Values
 * are BigDecimal (numbers, rates as fractions, money), List&lt;BigDecimal&gt; (money lists), String
 * (choices), or Optional&lt;BigDecimal&gt; (the *_OR_NONE kinds).
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
}
