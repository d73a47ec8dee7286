/**
 * What a month's results were made from, and their sign-off. Every run writes a {@link
 * com.jixiao.signoff.RunRecord} (run-record.txt) whose fingerprint the outputs show; {@code
 * finalize} writes a {@link com.jixiao.signoff.Manifest} (manifest.txt) with the SHA-256 of every
 * file and changes nothing else; {@code verify} recomputes them ({@link
 * com.jixiao.signoff.Verification}).
 *
 * <p>Why the fingerprint is known before finalize, and what is and is not covered: README, "The
 * second pass", Sign-off.
 */
package com.jixiao.signoff;
