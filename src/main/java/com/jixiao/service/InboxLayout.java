package com.jixiao.service;

import java.nio.file.Path;

/**
 * The folders of a hot folder: the INBOX users drop workbooks into, the outbox for results (inside
 * INBOX unless given), and the folders the watcher keeps in INBOX: {@code .work/} for claimed
 * workbooks, {@code processed/} and {@code failed/} for finished ones.
 */
public record InboxLayout(Path inbox, Path outbox) {
  public static InboxLayout of(Path inbox) {
    return new InboxLayout(inbox, inbox.resolve("outbox"));
  }

  public Path work() {
    return inbox.resolve(".work");
  }

  public Path processed() {
    return inbox.resolve("processed");
  }

  public Path failed() {
    return inbox.resolve("failed");
  }

  /** Where a job's results appear, complete, by one rename. */
  public Path results(String job) {
    return outbox.resolve(job);
  }

  /** Where a job's results are written before the rename; beside the results, same file system. */
  public Path resultsTemp(String job) {
    return outbox.resolve("." + job + TEMP_SUFFIX);
  }

  static final String TEMP_SUFFIX = ".tmp";
}
