package com.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the two random parts of an OpenPDF file by values derived from its content, so the same
 * page always gives the same bytes: the file identifier in the trailer ({@code /ID [<…><…>]}) and
 * the six-letter tag of each embedded font subset ({@code /PVAWCP+NotoSansSC-Regular}). Both are
 * replaced by strings of the same length, so every byte offset (the xref table) stays valid.
 */
final class DeterministicPdf {
  private static final Pattern SUBSET_TAG = Pattern.compile("/FontName/([A-Z]{6})\\+");
  private static final Pattern FILE_ID =
      Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>\\]");

  private DeterministicPdf() {}

  static byte[] fix(byte[] pdf) {
    // ISO-8859-1 maps each byte to one char and back, so positions and binary streams survive
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Set<String> tags = new LinkedHashSet<>();
    Matcher m = SUBSET_TAG.matcher(text);
    while (m.find()) {
      tags.add(m.group(1));
    }
    Matcher id = FILE_ID.matcher(text);
    if (!id.find()) {
      throw new IllegalStateException("the PDF written has no file identifier to fix");
    }
    String blanked = text;
    for (String tag : tags) {
      blanked = blanked.replace("/" + tag + "+", "/AAAAAA+");
    }
    blanked = FILE_ID.matcher(blanked).replaceFirst("/ID []");
    byte[] digest = sha256(blanked.getBytes(StandardCharsets.ISO_8859_1));

    String result = text;
    int n = 0;
    for (String tag : tags) {
      result = result.replace("/" + tag + "+", "/" + subsetTag(digest, n++) + "+");
    }
    String fileId = HexFormat.of().formatHex(digest, 0, 16);
    result = FILE_ID.matcher(result).replaceFirst("/ID [<" + fileId + "><" + fileId + ">]");
    return result.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Six capital letters from the digest, different for each font of the file. */
  private static String subsetTag(byte[] digest, int font) {
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + Math.floorMod(digest[16 + i] + 7 * font, 26)));
    }
    return tag.toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
