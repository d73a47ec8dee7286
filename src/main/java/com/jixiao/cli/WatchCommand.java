package com.jixiao.cli;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.service.HotFolder;
import com.jixiao.service.InboxLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code watch INBOX}: the hot folder (README.md#hot-folder-watch). */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Process every .xlsx dropped into INBOX once it has stopped changing:",
      "results to INBOX/outbox/<name>-<time>/, the workbook then moves to INBOX/processed/",
      "(or INBOX/failed/ beside <name>-<time>.errors.txt). Runs until Ctrl-C / SIGTERM,",
      "or with --once processes what is there and exits (for cron).",
      "Exit status: 0 done (invalid workbooks are in failed/), 2 bad arguments or INBOX",
      "already watched, 1 a workbook could not be processed (--once: see the log) or an",
      "internal failure."
    })
public final class WatchCommand implements Callable<Integer> {
  /** How long the shutdown hook lets the current workbook finish before the JVM exits anyway. */
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

  @Parameters(index = "0", paramLabel = "INBOX", description = "The folder to watch.")
  Path inbox;

  @Option(
      names = "--outbox",
      paramLabel = "DIR",
      description = "Where result folders go. Default: INBOX/outbox.")
  Path outbox;

  @Option(names = "--once", description = "Process what is in INBOX now, then exit.")
  boolean once;

  @Option(
      names = "--settle-ms",
      paramLabel = "MS",
      defaultValue = "5000",
      description =
          "A file is read only after its size and time stayed unchanged this long."
              + " Default: ${DEFAULT-VALUE}.")
  long settleMillis;

  @Option(
      names = "--poll-ms",
      paramLabel = "MS",
      defaultValue = "1000",
      description = "How often INBOX is looked at. Default: ${DEFAULT-VALUE}.")
  long pollMillis;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      description = "Language of the log lines. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Mixin LogLevel logLevel;

  @Override
  public Integer call() throws IOException, InterruptedException {
    logLevel.apply();
    Messages messages = new Messages(Language.parse(lang).orElse(Language.ZH));
    if (!Files.isDirectory(inbox) || settleMillis < 0 || pollMillis <= 0) {
      Console.err().println(messages.format("watch.bad_arguments", inbox));
      return Main.EXIT_INVALID_INPUT;
    }
    InboxLayout layout = outbox == null ? InboxLayout.of(inbox) : new InboxLayout(inbox, outbox);
    HotFolder.Timing timing = new HotFolder.Timing(settleMillis, pollMillis);
    HotFolder folder;
    try {
      folder = HotFolder.open(layout, timing, messages, Clock.systemDefaultZone());
    } catch (HotFolder.AlreadyWatchedException e) {
      Console.err().println(messages.format("watch.already_watched", inbox));
      return Main.EXIT_INVALID_INPUT;
    }
    try (folder) {
      if (once) {
        List<HotFolder.Finished> finished = folder.runOnce();
        long invalid =
            finished.stream().filter(f -> f.outcome() == HotFolder.Outcome.INVALID).count();
        long notProcessed = finished.stream().filter(f -> f.outcome().notProcessed()).count();
        Console.out().println(messages.format("watch.once_done", finished.size(), invalid));
        if (notProcessed > 0) {
          // cron mails a failing job's output: a workbook that could not be processed is news
          Console.err().println(messages.format("watch.once_not_processed", notProcessed));
          return Main.EXIT_INTERNAL;
        }
        return 0;
      }
      return watchUntilStopped(folder, layout, messages);
    }
  }

  private static int watchUntilStopped(HotFolder folder, InboxLayout layout, Messages messages)
      throws IOException, InterruptedException {
    Thread hook =
        new Thread(
            () -> {
              folder.stop();
              try {
                folder.awaitStopped(SHUTDOWN_GRACE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "jixiao-watch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    org.slf4j.LoggerFactory.getLogger(HotFolder.class)
        .info(messages.format("watch.started", layout.inbox(), layout.outbox()));
    try {
      folder.runUntilStopped();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is what stopped the loop
      }
    }
    return 0;
  }
}
