package com.jixiao.render;

import freemarker.cache.FileTemplateLoader;
import java.io.IOException;

/**
 * FreeMarker's file loader, behind the {@link TemplateFolder}'s rules: a template (or a file it
 * includes) is read only when it is a regular file inside the folder, reached without a symbolic
 * link. FreeMarker itself refuses names that back out of the folder ({@code ../../etc/passwd}) and
 * canonical paths outside it, but follows links that stay inside; this refuses every link, with a
 * {@link TemplateRefusal} that the commands report as a template error.
 */
final class FolderTemplateLoader extends FileTemplateLoader {
  private final TemplateFolder folder;

  FolderTemplateLoader(TemplateFolder folder) throws IOException {
    super(folder.dir().orElseThrow().toFile());
    this.folder = folder;
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    if (folder.regularFile(name) == null) {
      return null;
    }
    return super.findTemplateSource(name);
  }
}
