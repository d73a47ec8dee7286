package com.jixiao.money;

import com.jixiao.model.CommissionTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seed 001's 阶梯提成 (docs/rules.md#commission): each tier reached raises the rate. {@link
 * Mode#MARGINAL} (分段累进, the default) pays each tier's rate on the part of sales inside that tier;
 * {@link Mode#WHOLE} pays the rate of the highest tier reached on all of sales. A tier is reached
 * at exactly its {@code from}. Sales below the first tier earn nothing.
 */
public record Commission(List<CommissionTier> tiers, Mode mode) {

  /** {@code commission.mode}. */
  public enum Mode {
    MARGINAL,
    WHOLE;

    public static Mode of(String choice) {
      return valueOf(choice.toUpperCase(Locale.ROOT));
    }
  }

  /** Tiers in ascending order of {@code from} (the reader rejects any other order). */
  public Commission {
    tiers = List.copyOf(tiers);
  }

  /** Sales of {@code base} paid at the tier's rate. */
  public record Part(CommissionTier tier, BigDecimal base) {
    public BigDecimal amount() {
      return base.multiply(tier.rate());
    }
  }

  /** The commission on a month's sales, rounded half up to 0.01 (once, on the exact sum). */
  public BigDecimal on(BigDecimal sales) {
    return Money.round(
        parts(sales).stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** What the commission is made of, for the cell comment that explains it. */
  public List<Part> parts(BigDecimal sales) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      CommissionTier tier = tiers.get(i);
      if (sales.compareTo(tier.from()) < 0) {
        break;
      }
      if (mode == Mode.WHOLE) {
        parts.clear();
        parts.add(new Part(tier, sales));
      } else if (sales.compareTo(tier.from()) > 0) {
        BigDecimal upTo = i + 1 < tiers.size() ? sales.min(tiers.get(i + 1).from()) : sales;
        parts.add(new Part(tier, upTo.subtract(tier.from())));
      }
    }
    return parts;
  }
}
