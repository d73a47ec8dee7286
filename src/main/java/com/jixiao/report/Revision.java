package com.jixiao.report;

/**
 * Which version of a month's results a report is: 1 for the first run, one more for each run that
 * follows an earlier version (run --previous, the hot folder's earlier result, a reopened final
 * month), and the fingerprint of what the run was made from (the run record), empty until the run
 * knows it.
 */
public record Revision(int version, String fingerprint) {
  public static final Revision FIRST = new Revision(1, "");

  /** The first 12 hex digits: enough to tell runs apart by eye, short enough for a footer. */
  public String shortFingerprint() {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }
}
