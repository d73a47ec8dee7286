package com.jixiao.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Where an earlier version of the same month may be found without being told: the hot folder looks
 * for an earlier result of the same store and period in its outbox.
 */
@FunctionalInterface
public interface EarlierRuns {
  /** Looks for nothing: a run is compared only with what {@code --previous} names. */
  EarlierRuns NONE = (store, period) -> Optional.empty();

  /** The filled workbook of the latest earlier version of the store's period, if any. */
  Optional<Path> find(String store, YearMonth period) throws IOException;
}
