package com.jixiao.render;

import com.jixiao.files.FileNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of the scorecards: {@code <agent_id>.pdf}, with every character that is not a letter,
 * a digit, '-' or '_' replaced by '_', so an agent_id never names a path outside the scorecards
 * folder ({@code ../x} becomes {@code ___x.pdf}) and never a Windows device ({@code CON} becomes
 * {@code CON_.pdf}). An ID too long for a file name is shortened, with a short hash of the whole ID
 * so that names stay apart ({@link FileNames#fit}). Two IDs that become the same name get "-2",
 * "-3". {@code mail} finds each scorecard by the same rule.
 */
public final class ScorecardFiles {
  private static final Pattern WINDOWS_DEVICES =
      Pattern.compile("(?i)CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");

  private ScorecardFiles() {}

  /** One file name per agent ID, in order, all different (compared ignoring case). */
  public static List<String> names(List<String> agentIds) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String id : agentIds) {
      String base = sanitize(id);
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.add(name + ".pdf");
    }
    return names;
  }

  static String sanitize(String agentId) {
    StringBuilder s = new StringBuilder();
    agentId
        .codePoints()
        .forEach(
            c -> {
              boolean safe = Character.isLetterOrDigit(c) || c == '-' || c == '_';
              s.appendCodePoint(safe ? c : '_');
            });
    String name = s.isEmpty() ? "_" : FileNames.fit(s.toString());
    // Windows opens a device, not a file, for CON, NUL, COM1… (even with an extension)
    return WINDOWS_DEVICES.matcher(name).matches() ? name + "_" : name;
  }
}
