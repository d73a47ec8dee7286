package com.jixiao.importer;

import com.jixiao.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the agent an export row is about, from the name the back office shows (usually the
 * sub-account, 旺旺子账号: "悦享家居旗舰店:小王"), in tiers (docs/import.md#agents). A tier that finds exactly
 * one agent decides; one that finds several stops with all of them as candidates, so nothing is
 * guessed; one that finds none hands on to the next:
 *
 * <ol>
 *   <li>an account of the Agents sheet, exactly;
 *   <li>the sub-account part after the colon, when one side names no shop: "悦享家居旗舰店:小王" and the
 *       account "小王" are one, while "店A:小王" and "店B:小王" are two different people;
 *   <li>the agent ID, as the whole text or the sub-account part;
 *   <li>the name, as the whole text or the sub-account part.
 * </ol>
 *
 * Texts are compared after trimming, folding full-width letters, digits and colons to half-width,
 * and ignoring the case of Latin letters.
 */
public final class AgentMatcher {
  private final List<RosterAgent> roster;
  private final Map<String, Integer> position = new HashMap<>();
  // indexes, so that matching thousands of names against thousands of agents stays linear
  private final Map<Account, Set<String>> byAccount = new HashMap<>();
  private final Map<String, List<Owned>> bySubAccount = new HashMap<>();
  private final Map<String, Set<String>> byId = new HashMap<>();
  private final Map<String, Set<String>> byName = new HashMap<>();

  /** An account and the agent it belongs to. */
  private record Owned(Account account, String agentId) {}

  public AgentMatcher(List<RosterAgent> roster) {
    this.roster = List.copyOf(roster);
    for (RosterAgent a : this.roster) {
      position.putIfAbsent(a.id(), position.size());
      for (String x : a.accounts()) {
        Account account = Account.of(x);
        byAccount.computeIfAbsent(account, k -> new HashSet<>()).add(a.id());
        bySubAccount
            .computeIfAbsent(account.sub(), k -> new ArrayList<>())
            .add(new Owned(account, a.id()));
      }
      byId.computeIfAbsent(key(a.id()), k -> new HashSet<>()).add(a.id());
      byName.computeIfAbsent(key(a.name()), k -> new HashSet<>()).add(a.id());
    }
  }

  /** How an export's agent text was matched. */
  public enum How {
    ACCOUNT,
    SUB_ACCOUNT,
    AGENT_ID,
    NAME
  }

  /** The outcome: one agent, none (with a few that look alike) or several. */
  public sealed interface Match {}

  public record Found(String agentId, How how) implements Match {}

  public record NotFound(List<String> lookAlike) implements Match {
    public NotFound {
      lookAlike = List.copyOf(lookAlike);
    }
  }

  public record Several(List<String> candidates, How how) implements Match {
    public Several {
      candidates = List.copyOf(candidates);
    }
  }

  private static final int LOOK_ALIKE_LIMIT = 5;

  public Match match(String text) {
    Account t = Account.of(text);
    Set<String> subAccount = new HashSet<>();
    for (Owned o : bySubAccount.getOrDefault(t.sub(), List.of())) {
      if (o.account().sameSubAccount(t)) {
        subAccount.add(o.agentId());
      }
    }
    Map<How, Set<String>> tiers = new EnumMap<>(How.class);
    tiers.put(How.ACCOUNT, byAccount.getOrDefault(t, Set.of()));
    tiers.put(How.SUB_ACCOUNT, subAccount);
    tiers.put(How.AGENT_ID, named(byId, t));
    tiers.put(How.NAME, named(byName, t));
    for (Map.Entry<How, Set<String>> tier : tiers.entrySet()) {
      List<String> found = inRosterOrder(tier.getValue());
      if (found.size() == 1) {
        return new Found(found.get(0), tier.getKey());
      }
      if (found.size() > 1) {
        return new Several(found, tier.getKey());
      }
    }
    return new NotFound(lookAlike(t));
  }

  /** The agents an index lists under the whole text or its sub-account part. */
  private static Set<String> named(Map<String, Set<String>> index, Account t) {
    Set<String> ids = new HashSet<>(index.getOrDefault(t.whole(), Set.of()));
    if (!t.sub().isEmpty()) {
      ids.addAll(index.getOrDefault(t.sub(), Set.of()));
    }
    return ids;
  }

  private List<String> inRosterOrder(Set<String> ids) {
    return ids.stream().sorted(Comparator.comparingInt(position::get)).toList();
  }

  /** Agents whose name, ID or account contains the text's sub-account part, or is in it. */
  private List<String> lookAlike(Account t) {
    Set<String> ids = new LinkedHashSet<>();
    String sub = t.sub();
    if (sub.isEmpty()) {
      return List.of();
    }
    for (RosterAgent a : roster) {
      List<String> words = new ArrayList<>(List.of(key(a.name()), key(a.id())));
      a.accounts().forEach(x -> words.add(Account.of(x).sub()));
      if (words.stream().anyMatch(w -> !w.isEmpty() && (w.contains(sub) || sub.contains(w)))) {
        ids.add(a.id());
      }
      if (ids.size() == LOOK_ALIKE_LIMIT) {
        break;
      }
    }
    return List.copyOf(ids);
  }

  /** A sub-account split at its first colon into the shop (may be absent) and the person. */
  private record Account(Optional<String> shop, String sub) {
    static Account of(String text) {
      String k = key(text);
      int colon = k.indexOf(':');
      if (colon < 0) {
        return new Account(Optional.empty(), k);
      }
      String shop = k.substring(0, colon).strip();
      return new Account(
          shop.isEmpty() ? Optional.empty() : Optional.of(shop), k.substring(colon + 1).strip());
    }

    /** The same person when one side names no shop; two named shops must be the same (tier 1). */
    boolean sameSubAccount(Account other) {
      return !sub.isEmpty()
          && sub.equals(other.sub)
          && (shop.isEmpty() || other.shop.isEmpty())
          && (shop.isPresent() || other.shop.isPresent());
    }

    String whole() {
      return shop.map(s -> s + ":" + sub).orElse(sub);
    }
  }

  /** Trimmed, full-width folded (：→:), Latin letters in lower case ({@link Text#fold}). */
  static String key(String s) {
    return Text.fold(s);
  }
}
