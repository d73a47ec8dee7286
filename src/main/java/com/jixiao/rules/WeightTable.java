package com.jixiao.rules;

import com.jixiao.model.Role;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which items each role is assessed on, and with what weight. An item absent for a role is not
 * assessed for it. Defaults: the seed weights, aftersales without the sales items.
 */
public record WeightTable(Map<Role, Map<Item, BigDecimal>> weights) {
  public WeightTable {
    EnumMap<Role, Map<Item, BigDecimal>> copy = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      EnumMap<Item, BigDecimal> row = new EnumMap<>(Item.class);
      row.putAll(weights.getOrDefault(r, Map.of()));
      copy.put(r, Collections.unmodifiableMap(row));
    }
    weights = Collections.unmodifiableMap(copy);
  }

  public static WeightTable defaults() {
    EnumMap<Role, Map<Item, BigDecimal>> w = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      EnumMap<Item, BigDecimal> row = new EnumMap<>(Item.class);
      for (Item i : Item.values()) {
        if (i.assessedByDefault(r)) {
          row.put(i, i.seedWeight());
        }
      }
      w.put(r, row);
    }
    return new WeightTable(w);
  }

  /** The weight of the item for the role, empty if the role is not assessed on it. */
  public Optional<BigDecimal> weight(Role role, Item item) {
    return Optional.ofNullable(weights.get(role).get(item));
  }

  public Map<Item, BigDecimal> forRole(Role role) {
    return weights.get(role);
  }

  public BigDecimal total(Role role) {
    return weights.get(role).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
