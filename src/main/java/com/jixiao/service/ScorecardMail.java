package com.jixiao.service;

import com.jixiao.files.FileNames;
import java.nio.file.Path;

/**
 * One agent's scorecard mail, rendered: recipients ({@code cc} empty when the agent has no manager
 * email), subject and body in the workbook's language, and the PDF to attach.
 */
public record ScorecardMail(
    String agentId,
    String agentName,
    String to,
    String cc,
    String subject,
    String body,
    Path attachment) {

  /** The attachment's name in the mail: the scorecard's own file name. */
  public String attachmentName() {
    return FileNames.nameOf(attachment);
  }
}
