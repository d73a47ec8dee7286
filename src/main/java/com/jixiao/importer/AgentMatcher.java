package com.jixiao.importer;

import com.jixiao.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

  public AgentMatcher(List<RosterAgent> roster) {
    this.roster = List.copyOf(roster);
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

  public record NotFound(List<String> lookAlike) implements Match {}

  public record Several(List<String> candidates, How how) implements Match {}

  private static final int LOOK_ALIKE_LIMIT = 5;

  public Match match(String text) {
    Account t = Account.of(text);
    List<Tier> tiers =
        List.of(
            new Tier(
                How.ACCOUNT, a -> a.accounts().stream().anyMatch(x -> Account.of(x).equals(t))),
            new Tier(
                How.SUB_ACCOUNT,
                a -> a.accounts().stream().anyMatch(x -> Account.of(x).sameSubAccount(t))),
            new Tier(How.AGENT_ID, a -> t.names(key(a.id()))),
            new Tier(How.NAME, a -> t.names(key(a.name()))));
    for (Tier tier : tiers) {
      List<RosterAgent> found = roster.stream().filter(tier.test()).toList();
      if (found.size() == 1) {
        return new Found(found.get(0).id(), tier.how());
      }
      if (found.size() > 1) {
        return new Several(found.stream().map(RosterAgent::id).toList(), tier.how());
      }
    }
    return new NotFound(lookAlike(t));
  }

  private record Tier(How how, Predicate<RosterAgent> test) {}

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

    /** Whether the whole text or its sub-account part is this name. */
    boolean names(String name) {
      return !name.isEmpty() && (name.equals(whole()) || name.equals(sub));
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
