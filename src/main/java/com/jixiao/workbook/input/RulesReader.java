package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The optional Rules / 考核规则 sheet: an item's weight, for every role or one column per role. Items
 * it does not list keep their default weights; weight 0 or a blank role column means "not
 * assessed".
 */
final class RulesReader {
  private static final Field<String> ITEM = Field.text("item");
  private static final Field<BigDecimal> WEIGHT = Field.number("weight");

  private RulesReader() {}

  static WeightTable read(ReadContext ctx) {
    Optional<SheetReader> t = ctx.table(SheetSchema.RULES);
    WeightTable defaults = WeightTable.defaults();
    if (t.isEmpty()) {
      return defaults;
    }
    SheetReader s = t.get();
    Map<Role, Map<Item, BigDecimal>> weights = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      weights.put(r, new EnumMap<>(defaults.forRole(r)));
    }
    boolean perRole = Arrays.stream(Role.values()).anyMatch(r -> s.hasColumn(r.key()));
    Map<Item, Integer> seen = new EnumMap<>(Item.class);
    for (TableRow row : s.dataRows()) {
      s.startRow();
      String itemText = s.require(row, ITEM);
      if (itemText == null) {
        continue;
      }
      Optional<Item> item = Item.parse(itemText);
      if (item.isEmpty()) {
        s.error(
            row,
            ITEM.key(),
            Message.of("error.rules.unknown_item", itemText),
            Message.of("hint.rules.items", itemKeys()));
        continue;
      }
      Integer first = seen.putIfAbsent(item.get(), row.index());
      if (first != null) {
        s.error(
            row,
            ITEM.key(),
            Message.of("error.rules.duplicate_item", itemText, first + 1),
            Message.of("hint.duplicate_row"));
        continue;
      }
      BigDecimal weight = nonNegative(s, row, WEIGHT);
      for (Role role : Role.values()) {
        Optional<BigDecimal> w;
        if (perRole && s.hasColumn(role.key())) {
          w = Optional.ofNullable(nonNegative(s, row, Field.number(role.key())));
        } else if (weight == null) {
          if (!perRole) {
            s.error(
                row,
                WEIGHT.key(),
                Message.of("error.rules.weight_missing", itemText),
                Message.of("hint.rules.weight_missing"));
          }
          continue;
        } else if (item.get().assessedByDefault(role)) {
          w = Optional.of(weight);
        } else {
          continue;
        }
        if (w.isEmpty() || w.get().signum() == 0) {
          weights.get(role).remove(item.get());
        } else {
          weights.get(role).put(item.get(), w.get());
        }
      }
    }
    WeightTable table = new WeightTable(weights);
    for (Role role : Role.values()) {
      if (table.forRole(role).isEmpty()) {
        ctx.problems()
            .sheet(
                s.name(),
                s.order(),
                Message.of("error.rules.no_items", role.label(ctx.language())),
                Message.of("hint.rules.no_items"));
      }
    }
    return table;
  }

  /** The cell's number; a negative one is reported (and still returned, as before). */
  private static BigDecimal nonNegative(SheetReader s, TableRow row, Field<BigDecimal> field) {
    BigDecimal v = s.get(row, field);
    if (v != null && v.signum() < 0) {
      s.error(
          row,
          field.key(),
          Message.of("error.value.negative", v.toPlainString()),
          Message.of("hint.non_negative"));
    }
    return v;
  }

  private static String itemKeys() {
    return Arrays.stream(Item.values())
        .map(i -> i.key() + " (" + i.zh() + ")")
        .collect(Collectors.joining(", "));
  }
}
