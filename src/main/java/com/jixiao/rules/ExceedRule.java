package com.jixiao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extra reward for exceeding an item, one rule per item (beyond the sources: source 4 adds
 * points above 110% sales completion, 高于10%+2分; shops also pay money for it). When an agent's
 * achievement on the item reaches {@code threshold} (at or above it), payroll adds {@code amount +
 * round2(share × performance pay)}, at most {@code cap}. Off unless the threshold is set.
 *
 * <p>Parameters {@code exceed.<item>.threshold | amount | share | cap} for the items whose
 * achievement is a ratio where more is better ({@link #ITEMS}): sales completion (sales / target),
 * sales growth (sales / last month's − 1), conversion (deals / visitors), flagship (the flagship
 * ratio) and inquiries (inquiries / {@code inquiries.standard}). Not refund rate (less is better)
 * nor personal share (a share of the store's orders: beating the others is what the rankings
 * reward). An agent whose role is not assessed on the item gets no reward for it.
 */
public record ExceedRule(
    Item item,
    BigDecimal threshold,
    BigDecimal amount,
    BigDecimal share,
    Optional<BigDecimal> cap) {

  /** Every parameter of the rule starts with this. */
  public static final String PREFIX = "exceed.";

  /** The items the rule may be set for. */
  public static final List<Item> ITEMS =
      List.of(
          Item.SALES_COMPLETION, Item.SALES_GROWTH, Item.CONVERSION, Item.FLAGSHIP, Item.INQUIRIES);

  /** The rules that are on: a threshold is set and the amount or the share is above 0. */
  public static List<ExceedRule> of(Parameters params) {
    List<ExceedRule> rules = new ArrayList<>();
    for (Item item : ITEMS) {
      Optional<BigDecimal> threshold = params.optional(param(item, "threshold"));
      BigDecimal amount = params.number(param(item, "amount"));
      BigDecimal share = params.number(param(item, "share"));
      if (threshold.isPresent() && (amount.signum() > 0 || share.signum() > 0)) {
        rules.add(
            new ExceedRule(
                item, threshold.get(), amount, share, params.optional(param(item, "cap"))));
      }
    }
    return rules;
  }

  /** The parameter {@code exceed.<item>.<part>}. */
  static Param param(Item item, String part) {
    String key = PREFIX + item.key() + "." + part;
    return ParamParser.find(key)
        .orElseThrow(() -> new IllegalStateException("no parameter " + key));
  }
}
