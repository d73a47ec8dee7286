package com.jixiao.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names made from text of a workbook (agent IDs, workbook names) kept within what every file
 * system allows. Most allow 255 bytes per name (ext4, XFS, APFS; NTFS 255 UTF-16 units), and a
 * Chinese character takes 3 bytes in UTF-8: 200 of them are 600 bytes, a name no disk accepts.
 */
public final class FileNames {
  /**
   * The longest stem kept whole, in UTF-8 bytes: with a suffix such as "-20261012-093012-2",
   * ".errors.txt", ".pdf.123456789.part" and a leading dot, a name stays well below 255 bytes.
   */
  public static final int MAX_STEM_BYTES = 160;

  /** Hex digits of the hash that keeps shortened names apart. */
  private static final int HASH_DIGITS = 8;

  private FileNames() {}

  /**
   * The name of {@code path} as shown to users: its last element, or the whole path when it has
   * none (a root such as {@code /}).
   */
  public static String nameOf(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /**
   * {@code stem} itself if it fits in {@link #MAX_STEM_BYTES} UTF-8 bytes; otherwise its beginning
   * (whole characters) plus "-" and 8 hex digits of the SHA-256 of the whole stem, so that two long
   * stems that begin alike still get different names, and the same stem always the same name.
   */
  public static String fit(String stem) {
    if (stem.getBytes(StandardCharsets.UTF_8).length <= MAX_STEM_BYTES) {
      return stem;
    }
    int budget = MAX_STEM_BYTES - 1 - HASH_DIGITS;
    StringBuilder kept = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < stem.length(); ) {
      int c = stem.codePointAt(i);
      int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      kept.appendCodePoint(c);
      bytes += size;
      i += Character.charCount(c);
    }
    return kept + "-" + hash(stem);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
