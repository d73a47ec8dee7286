package com.jixiao.importer;

import com.jixiao.model.Metric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in table from the headers of common back-office reports (生意参谋, 赤兔名品, 千牛 …) to {@link
 * ImportField}s, read from {@code header-aliases.txt} beside this class: data a maintainer updates
 * without touching code. Each header means one thing: a field (with a rank, lower is preferred when
 * an export has two columns for one field), or a known column that is not used.
 */
public final class HeaderAliases {
  private static final String RESOURCE = "header-aliases.txt";

  /** Known headers jixiao does not import, and why. */
  public enum Known {
    /** A rate or average jixiao works out itself from counts. */
    DERIVED,
    /** A figure jixiao has no use for. */
    UNUSED
  }

  /** What a header means: a field and its preference, or a known unused column. */
  public record Meaning(Optional<ImportField> field, int rank, Optional<Known> known) {}

  /** Ranks of a field's own Monthly key and labels: after every listed alias. */
  private static final int LABEL_RANK = 1000;

  private final Map<String, Meaning> byHeader;

  private HeaderAliases(Map<String, Meaning> byHeader) {
    this.byHeader = Collections.unmodifiableMap(byHeader);
  }

  private static final HeaderAliases BUILT_IN = load();

  public static HeaderAliases builtIn() {
    return BUILT_IN;
  }

  /** The meaning of a header (its unit split off), if the table knows it. */
  public Optional<Meaning> find(HeaderText header) {
    return Optional.ofNullable(byHeader.get(header.base()));
  }

  /** Every alias of a field, preferred first (for the docs and the notes sheet). */
  public List<String> aliasesOf(ImportField field) {
    List<String> aliases = new ArrayList<>();
    byHeader.forEach(
        (header, m) -> {
          if (m.field().equals(Optional.of(field))) {
            aliases.add(header);
          }
        });
    aliases.sort(Comparator.comparingInt(h -> byHeader.get(h).rank()));
    return aliases;
  }

  private static HeaderAliases load() {
    try (InputStream in = HeaderAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the alias table " + RESOURCE + " is not on the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the alias table " + RESOURCE, e);
    }
  }

  /** Parses the table; a header listed twice is a mistake in the table and fails loudly. */
  static HeaderAliases parse(BufferedReader lines) throws IOException {
    Map<String, Meaning> table = new LinkedHashMap<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int colon = t.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(RESOURCE + " line " + number + ": no 'key:'");
      }
      Meaning meaning = meaning(t.substring(0, colon).strip(), number);
      int rank = 0;
      for (String header : t.substring(colon + 1).split("\\|")) {
        put(table, HeaderText.of(header).base(), withRank(meaning, rank++), number);
      }
    }
    for (ImportField f : ImportField.values()) {
      Optional<Metric> metric = f.metric();
      List<String> labels =
          metric.isPresent()
              ? List.of(metric.get().key(), metric.get().zh(), metric.get().en())
              : List.of(f.key());
      for (String label : labels) {
        table.putIfAbsent(
            HeaderText.of(label).base(), new Meaning(Optional.of(f), LABEL_RANK, Optional.empty()));
      }
    }
    return new HeaderAliases(table);
  }

  private static Meaning meaning(String key, int line) {
    return switch (key) {
      case "ignore.derived" -> new Meaning(Optional.empty(), 0, Optional.of(Known.DERIVED));
      case "ignore.unused" -> new Meaning(Optional.empty(), 0, Optional.of(Known.UNUSED));
      default ->
          new Meaning(
              Optional.of(
                  ImportField.byKey(key)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  RESOURCE + " line " + line + ": no field " + key))),
              0,
              Optional.empty());
    };
  }

  private static Meaning withRank(Meaning m, int rank) {
    return new Meaning(m.field(), rank, m.known());
  }

  private static void put(Map<String, Meaning> table, String header, Meaning m, int line) {
    if (header.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " line " + line + ": an empty header");
    }
    Meaning before = table.putIfAbsent(header, m);
    if (before != null) {
      throw new IllegalStateException(
          RESOURCE + " line " + line + ": header " + header + " is listed twice");
    }
  }
}
