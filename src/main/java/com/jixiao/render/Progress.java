package com.jixiao.render;

/** Told after each scorecard is rendered (from any thread): for a progress line on a terminal. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> {};

  void rendered(int done, int total);
}
