package com.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Replaces the two random parts of an OpenPDF file by values derived from its content, so the same
 * page always gives the same bytes: the file identifier in the trailer ({@code /ID [<…><…>]}) and
 * the six-letter tag of each embedded font subset ({@code /PVAWCP+NotoSansSC-Regular}). Both are
 * overwritten in place with strings of the same length, so every byte offset (the xref table) stays
 * valid. The digest is taken over the file with the tags as {@code AAAAAA} and the identifier as
 * zeros. Works on one copy of the bytes, searched through a Latin-1 view: it runs once per
 * scorecard.
 */
final class DeterministicPdf {
  private static final String FONT_NAME = "/FontName/";
  private static final String ID_START = "/ID [<";
  private static final int TAG_LENGTH = 6;
  private static final int ID_HEX = 32;

  private DeterministicPdf() {}

  static byte[] fix(byte[] pdf) {
    byte[] out = pdf.clone();
    // every search runs on this view of the bytes as they came (String.indexOf is the JDK's
    // fastest byte search; the positions are the same in the bytes)
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    List<byte[]> tags = new ArrayList<>();
    for (int at = text.indexOf(FONT_NAME); at >= 0; at = text.indexOf(FONT_NAME, at + 1)) {
      int tag = at + FONT_NAME.length();
      if (isSubsetTag(out, tag)) {
        byte[] t = Arrays.copyOfRange(out, tag, tag + TAG_LENGTH);
        if (tags.stream().noneMatch(known -> Arrays.equals(known, t))) {
          tags.add(t);
        }
      }
    }
    // every place a tag is used ("/TAG+" after /FontName and /BaseFont), by font
    List<List<Integer>> uses = new ArrayList<>();
    for (byte[] tag : tags) {
      String needle = "/" + new String(tag, StandardCharsets.ISO_8859_1) + "+";
      List<Integer> at = new ArrayList<>();
      for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        at.add(i + 1);
      }
      uses.add(at);
    }
    int id = fileId(out, text);
    if (id < 0) {
      throw new IllegalStateException("the PDF written has no file identifier to fix");
    }

    for (List<Integer> at : uses) {
      at.forEach(i -> Arrays.fill(out, i, i + TAG_LENGTH, (byte) 'A'));
    }
    Arrays.fill(out, id, id + ID_HEX, (byte) '0');
    Arrays.fill(out, id + ID_HEX + 2, id + 2 * ID_HEX + 2, (byte) '0');
    byte[] digest = sha256(out);

    for (int font = 0; font < uses.size(); font++) {
      byte[] tag = subsetTag(digest, font);
      uses.get(font).forEach(i -> System.arraycopy(tag, 0, out, i, TAG_LENGTH));
    }
    byte[] fileId = ascii(HexFormat.of().formatHex(digest, 0, 16));
    System.arraycopy(fileId, 0, out, id, ID_HEX);
    System.arraycopy(fileId, 0, out, id + ID_HEX + 2, ID_HEX);
    return out;
  }

  /** Six capital letters, then '+'. */
  private static boolean isSubsetTag(byte[] b, int at) {
    if (at + TAG_LENGTH >= b.length || b[at + TAG_LENGTH] != '+') {
      return false;
    }
    for (int i = at; i < at + TAG_LENGTH; i++) {
      if (b[i] < 'A' || b[i] > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Where the first 32 hex digits of {@code /ID [<…><…>]} start, or -1. */
  private static int fileId(byte[] b, String text) {
    for (int at = text.indexOf(ID_START); at >= 0; at = text.indexOf(ID_START, at + 1)) {
      int first = at + ID_START.length();
      int second = first + ID_HEX + 2;
      if (second + ID_HEX + 2 <= b.length
          && isHex(b, first)
          && b[first + ID_HEX] == '>'
          && b[first + ID_HEX + 1] == '<'
          && isHex(b, second)
          && b[second + ID_HEX] == '>'
          && b[second + ID_HEX + 1] == ']') {
        return first;
      }
    }
    return -1;
  }

  private static boolean isHex(byte[] b, int at) {
    for (int i = at; i < at + ID_HEX; i++) {
      boolean digit = b[i] >= '0' && b[i] <= '9';
      if (!digit && (b[i] < 'a' || b[i] > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** Six capital letters from the digest, different for each font of the file. */
  private static byte[] subsetTag(byte[] digest, int font) {
    byte[] tag = new byte[TAG_LENGTH];
    for (int i = 0; i < TAG_LENGTH; i++) {
      tag[i] = (byte) ('A' + Math.floorMod(digest[16 + i] + 7 * font, 26));
    }
    return tag;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
