package com.jixiao.assess;

import com.jixiao.i18n.Message;
import com.jixiao.rules.Item;
import java.math.BigDecimal;

/**
 * One item's result for one agent: the weight used, the score (rounded to 2 decimals, half up), and
 * a one-line explanation ("完成率 92.0%: 低于100% 1档, −1") for the cell comment.
 */
public record ItemScore(Item item, BigDecimal weight, BigDecimal score, Message explanation) {}
