package com.jixiao.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells when a file has stopped changing: its size and modification time seen unchanged for the
 * settle interval. A file still being copied (over a network share, by a slow client) keeps
 * changing one or the other, so it is not read half-written.
 */
final class SettleWatch {
  /** What a file looked like, and since when (monotonic nanoseconds). */
  record Look(long size, long modifiedMillis) {}

  private record Seen(Look look, long sinceNanos) {}

  private final long settleNanos;
  private final Map<Path, Seen> seen = new HashMap<>();

  SettleWatch(long settleMillis) {
    this.settleNanos = settleMillis * 1_000_000;
  }

  /** Records the file's look now; true once it has looked the same for the settle interval. */
  boolean settled(Path file, Look look, long nowNanos) {
    if (settleNanos == 0) {
      return true;
    }
    Seen before = seen.get(file);
    if (before == null || !before.look().equals(look)) {
      seen.put(file, new Seen(look, nowNanos));
      return false;
    }
    return nowNanos - before.sinceNanos() >= settleNanos;
  }

  /** Forgets files that are gone (claimed, or removed by the user). */
  void retainOnly(Set<Path> present) {
    seen.keySet().retainAll(present);
  }

  void forget(Path file) {
    seen.remove(file);
  }

  boolean watching() {
    return !seen.isEmpty();
  }
}
