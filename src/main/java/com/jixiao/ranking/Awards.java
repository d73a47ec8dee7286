package com.jixiao.ranking;

import com.jixiao.i18n.Message;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The month's rewards and penalties of one agent (docs/rules.md#rewards, source 0): rewards for the
 * top sales ranks ({@code rewards.sales_top}) and conversion ranks ({@code
 * rewards.conversion_top}); a penalty for the lowest sales and the lowest conversion. Tied agents
 * all get their rank's amount. {@code reasons} explain both amounts, one sentence per award.
 */
record Awards(BigDecimal reward, BigDecimal penalty, List<Message> reasons) {
  static final Awards NONE = new Awards(BigDecimal.ZERO, BigDecimal.ZERO, List.of());

  Awards {
    reasons = List.copyOf(reasons);
  }

  static Awards of(String agentId, MonthRanking ranking, Parameters params) {
    BigDecimal reward = BigDecimal.ZERO;
    BigDecimal penalty = BigDecimal.ZERO;
    List<Message> reasons = new ArrayList<>();
    List<RankingKind> kinds = List.of(RankingKind.SALES, RankingKind.CONVERSION);
    for (RankingKind kind : kinds) {
      Map<String, Integer> ranks = kind.ranks(ranking);
      Integer rank = ranks.get(agentId);
      if (rank == null) {
        continue;
      }
      List<BigDecimal> amounts = params.moneyList(kind.rewards());
      if (rank <= amounts.size() && amounts.get(rank - 1).signum() > 0) {
        BigDecimal amount = amounts.get(rank - 1);
        reward = reward.add(amount);
        reasons.add(Message.of("ranking.reward." + kind.key(), rank, Shown.text(amount)));
      }
      if (kind.bottom(ranking).contains(agentId)) {
        BigDecimal amount = params.number(kind.penalty());
        if (amount.signum() > 0) {
          penalty = penalty.add(amount);
          reasons.add(Message.of("ranking.penalty." + kind.key(), Shown.text(amount)));
        }
      }
    }
    return new Awards(reward, penalty, reasons);
  }

  /** The two rankings (docs/rules.md#rankings) and their parameters. */
  enum RankingKind {
    SALES("sales", Param.REWARDS_SALES_TOP, Param.PENALTIES_SALES_BOTTOM),
    CONVERSION("conversion", Param.REWARDS_CONVERSION_TOP, Param.PENALTIES_CONVERSION_BOTTOM);

    private final String key;
    private final Param rewards;
    private final Param penalty;

    RankingKind(String key, Param rewards, Param penalty) {
      this.key = key;
      this.rewards = rewards;
      this.penalty = penalty;
    }

    String key() {
      return key;
    }

    Param rewards() {
      return rewards;
    }

    Param penalty() {
      return penalty;
    }

    Map<String, Integer> ranks(MonthRanking r) {
      return this == SALES ? r.salesRank() : r.conversionRank();
    }

    Set<String> bottom(MonthRanking r) {
      return this == SALES ? r.salesBottom() : r.conversionBottom();
    }
  }
}
