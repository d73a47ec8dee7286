package com.jixiao.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Folder operations shared by the month job, the hot folder and the commands. */
public final class Folders {
  private Folders() {}

  /**
   * Deletes a file or a folder with everything in it. Symbolic links are deleted, never followed,
   * so a link inside an output folder cannot make this delete anything outside it.
   */
  public static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      for (Path child : list(path)) {
        deleteTree(child);
      }
    }
    Files.delete(path);
  }

  /** The folder that holds {@code path} (made absolute first); a root has none. */
  public static Path parentOf(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent == null) {
      throw new IOException(path + " is a root: no folder holds it");
    }
    return parent;
  }

  /**
   * A rename, atomic where the file system allows it (the folders involved are on one file system;
   * where an atomic rename is not supported, a plain one).
   */
  public static void move(Path from, Path to) throws IOException {
    Files.createDirectories(parentOf(to));
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** The entries of a folder, sorted by name; empty if it is not a folder. */
  public static List<Path> list(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return entries;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    return entries;
  }
}
