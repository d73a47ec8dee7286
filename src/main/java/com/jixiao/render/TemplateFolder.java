package com.jixiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place templates and the files they use (a logo, a stylesheet) are read from: the copy
 * built into the jar, or a user's folder ({@code --templates DIR}). A template is untrusted input,
 * so a file is served only when it is a regular file inside the folder, reached without a symbolic
 * link: a link could lead anywhere on the machine ({@code ~/.ssh}, {@code /dev/zero}), and so could
 * {@code ../}. The folder itself must not be a link either, so what is read is what the user sees
 * in the folder they named.
 */
public final class TemplateFolder {
  /** Where the build puts the project's templates/ folder inside the jar. */
  static final String BUILT_IN = "/templates";

  /**
   * The base URI of a page, against which Flying Saucer resolves relative references ({@code <img
   * src="logo.png"/>}). A path that stands for the folder: nothing is ever opened at it (the
   * renderer's user agent maps it to the folder). A {@code file:} URI because Flying Saucer's CSS
   * parser resolves {@code @import} with {@link java.net.URL}, which knows no scheme of our own
   * (and prints to the console when it fails).
   */
  static final URI BASE = URI.create("file:/jixiao-templates/");

  private final Optional<Path> dir;

  private TemplateFolder(Optional<Path> dir) {
    this.dir = dir;
  }

  /** The templates built into the jar. */
  public static TemplateFolder builtIn() {
    return new TemplateFolder(Optional.empty());
  }

  /**
   * A user's folder; {@link TemplateRefusal} when it is missing, not a folder or a symbolic link.
   */
  public static TemplateFolder of(Path dir) throws TemplateRefusal {
    if (Files.isSymbolicLink(dir)) {
      throw new TemplateRefusal(TemplateRefusal.Reason.FOLDER_IS_LINK, dir.toString());
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new TemplateRefusal(TemplateRefusal.Reason.FOLDER_MISSING, dir.toString());
    }
    try {
      return new TemplateFolder(Optional.of(dir.toRealPath()));
    } catch (IOException e) {
      throw new TemplateRefusal(TemplateRefusal.Reason.FOLDER_MISSING, dir.toString());
    }
  }

  /** FreeMarker's loader of this folder's templates. */
  public freemarker.cache.TemplateLoader loader() {
    if (dir.isEmpty()) {
      return new freemarker.cache.ClassTemplateLoader(TemplateFolder.class, BUILT_IN);
    }
    try {
      return new FolderTemplateLoader(this);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("opening the templates folder " + dir.get(), e);
    }
  }

  /** The user's folder; empty for the built-in templates. */
  public Optional<Path> dir() {
    return dir;
  }

  /**
   * Opens the file {@code relative} (a path with forward slashes, relative to the folder), or
   * returns empty when there is no such file. {@link TemplateRefusal} when the path leaves the
   * folder or passes through a symbolic link.
   */
  public Optional<InputStream> open(String relative) throws IOException {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
      throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, relative);
    }
    if (dir.isEmpty()) {
      if (Path.of(relative).normalize().startsWith("..")) {
        throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, relative);
      }
      return Optional.ofNullable(
          TemplateFolder.class.getResourceAsStream(
              BUILT_IN + "/" + Path.of(relative).normalize().toString().replace('\\', '/')));
    }
    Path file = regularFile(relative);
    if (file == null) {
      return Optional.empty();
    }
    // NOFOLLOW_LINKS: a link put in place after the check is refused by the system too
    return Optional.of(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
  }

  /**
   * The file {@code relative} in the user's folder when it is a regular file reached without a
   * link, null when there is no such file.
   */
  Path regularFile(String relative) throws TemplateRefusal {
    Path base = dir.orElseThrow();
    Path file;
    try {
      file = base.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, relative);
    }
    if (!file.startsWith(base) || file.equals(base)) {
      throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, relative);
    }
    Path inside = base.relativize(file);
    for (int i = inside.getNameCount(); i > 0; i--) {
      Path step = inside.subpath(0, i);
      if (Files.isSymbolicLink(base.resolve(step))) {
        throw new TemplateRefusal(TemplateRefusal.Reason.LINK, step.toString());
      }
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new TemplateRefusal(TemplateRefusal.Reason.NOT_A_FILE, relative);
    }
    return file;
  }
}
