package com.jixiao.ranking;

import com.jixiao.assess.Ratio;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One assessed agent's row of Ranking / 排名与奖惩: ranks (empty when not ranked: not presales, or no
 * inquiries), the month's reward and penalty with the reasons, the tier class (empty when there are
 * no classes) and the daily receptions (empty when no day was attended).
 */
public record AgentRanking(
    Agent agent,
    Optional<Integer> salesRank,
    Optional<Integer> conversionRank,
    Optional<Ratio> conversion,
    BigDecimal reward,
    BigDecimal penalty,
    List<Message> reasons,
    Optional<TierClass> tier,
    Optional<Ratio> dailyReceptions) {

  public AgentRanking {
    reasons = List.copyOf(reasons);
  }
}
