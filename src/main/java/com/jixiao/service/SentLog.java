package com.jixiao.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * {@code OUTDIR/mail-sent.log}: one tab-separated line per mail the SMTP server accepted (time,
 * agent, to, cc, SHA-256 of the PDF), so a re-run does not send the same scorecard to the same
 * people twice. A changed PDF (the month re-run with corrections) is a new mail.
 */
public final class SentLog {
  public static final String FILE = "mail-sent.log";

  private final Path file;
  private final Set<String> sent = new HashSet<>();

  private SentLog(Path file) {
    this.file = file;
  }

  public static SentLog open(Path outDir) throws IOException {
    SentLog log = new SentLog(outDir.resolve(FILE));
    if (Files.exists(log.file)) {
      List<String> lines = Files.readAllLines(log.file, StandardCharsets.UTF_8);
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        if (f.length == 5) {
          log.sent.add(key(f[1], f[2], f[3], f[4]));
        }
      }
    }
    return log;
  }

  public boolean alreadySent(ScorecardMail mail) throws IOException {
    return sent.contains(key(mail.agentId(), mail.to(), mail.cc(), sha256(mail.attachment())));
  }

  /** Appends one line; written and flushed right after the server accepted the mail. */
  public void record(ScorecardMail mail, Instant when) throws IOException {
    String hash = sha256(mail.attachment());
    String line =
        String.join("\t", when.toString(), mail.agentId(), mail.to(), mail.cc(), hash) + "\n";
    Files.writeString(
        file,
        line,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.SYNC);
    sent.add(key(mail.agentId(), mail.to(), mail.cc(), hash));
  }

  private static String key(String agentId, String to, String cc, String hash) {
    return String.join("\t", agentId, to, cc, hash);
  }

  private static String sha256(Path pdf) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(pdf), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
