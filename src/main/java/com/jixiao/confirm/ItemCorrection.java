package com.jixiao.confirm;

import com.jixiao.rules.Item;
import java.math.BigDecimal;
import java.util.List;

/**
 * An item score of an agent that differs from the first pass: the score without any objection
 * ({@code was}), with the accepted ones ({@code now}), and the objections that changed it with who
 * decided them. {@code objections} is empty when the score moved only through other agents'
 * corrections (their orders count in the store's orders, personal_share).
 */
public record ItemCorrection(
    Item item, BigDecimal was, BigDecimal now, List<Integer> objections, List<String> deciders) {
  public ItemCorrection {
    objections = List.copyOf(objections);
    deciders = List.copyOf(deciders);
  }
}
