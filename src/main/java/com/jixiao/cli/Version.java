package com.jixiao.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (or "dev" when run from classes). */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"jixiao " + (v == null ? "dev" : v)};
  }
}
