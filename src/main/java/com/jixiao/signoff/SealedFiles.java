package com.jixiao.signoff;

import com.jixiao.files.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of an output folder that a sign-off covers: every regular file, at any depth, except
 * the manifests themselves and what {@code mail} adds after sign-off (its log and the .eml outbox),
 * by path relative to the folder with '/' separators, in sorted order.
 */
final class SealedFiles {
  /** Written by mail, which may run after the month is final. */
  static final String MAIL_LOG = "mail-sent.log";

  static final String MAIL_OUTBOX = "outbox";

  private SealedFiles() {}

  static List<String> list(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(SealedFiles::covered)
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  static boolean covered(String relative) {
    return !relative.equals(Manifest.FILE)
        && !relative.matches("manifest-v\\d+\\.txt")
        && !relative.equals(MAIL_LOG)
        && !relative.startsWith(MAIL_OUTBOX + "/");
  }

  /** Path → SHA-256 of every covered file. */
  static Map<String, String> hashes(Path folder) throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String name : list(folder)) {
      hashes.put(name, Digest.sha256(folder.resolve(name)));
    }
    return hashes;
  }
}
