package com.jixiao.cli;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.signoff.Manifest;
import com.jixiao.signoff.Verification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verify OUTDIR}: has any file changed since the month was finalized? */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check a finalized output folder against its manifest.txt: every file's SHA-256, files",
      "missing and files added (mail's mail-sent.log and outbox/ aside). For finance, before",
      "paying. Exit status: 0 nothing changed, 1 something changed (each file is named),",
      "2 the folder is not final."
    })
public final class VerifyCommand implements Callable<Integer> {
  /** Something differs from the sign-off: exit 1 (README.md#sign-off-finalize-and-verify). */
  static final int EXIT_CHANGED = 1;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "A finalized output folder.")
  Path outDir;

  @Override
  public Integer call() throws IOException {
    Optional<Verification> found = Verification.of(outDir);
    if (found.isEmpty()) {
      List<Language> languages =
          FinalizeCommand.language(outDir).map(List::of).orElse(List.of(Language.values()));
      for (Language l : languages) {
        Console.err().println(new Messages(l).format("verify.not_final", outDir.toString()));
      }
      return Main.EXIT_INVALID_INPUT;
    }
    Verification v = found.get();
    Manifest m = v.manifest();
    Messages messages = new Messages(m.run().language());
    if (v.unchanged()) {
      Console.out()
          .println(
              messages.format(
                  "verify.ok",
                  outDir.toString(),
                  String.valueOf(m.run().version()),
                  m.fingerprint().substring(0, Math.min(12, m.fingerprint().length())),
                  m.finalized().toLocalDate().toString(),
                  m.files().size()));
      return 0;
    }
    PrintStream out = Console.out();
    v.changed().forEach(f -> out.println(messages.format("verify.changed", printable(f))));
    v.missing().forEach(f -> out.println(messages.format("verify.missing", printable(f))));
    v.added().forEach(f -> out.println(messages.format("verify.added", printable(f))));
    if (!v.manifestIntact()) {
      out.println(messages.format("verify.manifest_edited"));
    }
    int count =
        v.changed().size() + v.missing().size() + v.added().size() + (v.manifestIntact() ? 0 : 1);
    out.println(
        messages.format(
            "verify.failed",
            String.valueOf(m.run().version()),
            m.finalized().toLocalDate().toString(),
            count));
    return EXIT_CHANGED;
  }

  /**
   * A file name as the console may show it: anybody can put a file in the folder, and a name with
   * control characters (a terminal escape) must not reach the terminal as such.
   */
  static String printable(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }
}
