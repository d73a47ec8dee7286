package com.jixiao.service;

import com.jixiao.assess.AgentScore;
import com.jixiao.calendar.Workflow;
import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.render.ScorecardFiles;
import com.jixiao.report.MonthReport;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code mail} will send for a month: one mail per assessed agent who has an email and a
 * scorecard PDF, and the agents skipped with the reason.
 */
public record MailPlan(List<ScorecardMail> mails, List<Skipped> skipped) {
  public MailPlan {
    mails = List.copyOf(mails);
    skipped = List.copyOf(skipped);
  }

  /** An agent who gets no mail, and why (a message in the workbook's language). */
  public record Skipped(String agentId, String agentName, Message reason) {}

  /**
   * Plans the mails for the agents in {@code only} (all assessed agents when empty), with their
   * scorecards in {@code scorecards/} named by {@link ScorecardFiles}.
   */
  public static MailPlan of(
      MonthReport report, Path scorecards, MailTemplates templates, Set<String> only)
      throws IOException {
    Language language = report.input().settings().language();
    Messages messages = new Messages(language);
    List<ScorecardMail> mails = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<AgentScore> scores = report.scores().scores();
    // the names the scorecards were written under: an agent_id such as ../x is not a path
    List<String> files = ScorecardFiles.names(scores.stream().map(s -> s.agent().id()).toList());
    for (int i = 0; i < scores.size(); i++) {
      AgentScore score = scores.get(i);
      Agent agent = score.agent();
      if (!only.isEmpty() && !only.contains(agent.id())) {
        continue;
      }
      Path pdf = scorecards.resolve(files.get(i));
      if (agent.email().isBlank()) {
        skipped.add(new Skipped(agent.id(), agent.name(), Message.of("mail.skip.no_email")));
      } else if (!Files.isRegularFile(pdf)) {
        skipped.add(
            new Skipped(agent.id(), agent.name(), Message.of("mail.skip.no_pdf", pdf.toString())));
      } else {
        Map<String, Object> model = model(report, score, messages);
        mails.add(
            new ScorecardMail(
                agent.id(),
                agent.name(),
                agent.email().strip(),
                agent.managerEmail().strip(),
                templates.subject(language, model),
                templates.body(language, model),
                pdf));
      }
    }
    return new MailPlan(mails, skipped);
  }

  /** The names a template can use; all text, formatted for the workbook's language. */
  static Map<String, Object> model(MonthReport report, AgentScore score, Messages messages) {
    Workflow workflow = report.workflow();
    LocalDate deadline = workflow.step(3).dueDate(); // WD7: confirmation done
    DateTimeFormatter dateFormat =
        DateTimeFormatter.ofPattern(
            messages.format("mail.date_pattern"), messages.language().locale());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", score.agent().name());
    model.put("agentId", score.agent().id());
    model.put("team", score.agent().team());
    model.put("store", report.input().settings().store());
    model.put("period", messages.format(workflow.periodLabel()));
    model.put("total", score.total().setScale(2, RoundingMode.HALF_UP).toPlainString());
    model.put("rank", String.valueOf(score.rank()));
    model.put("agents", String.valueOf(report.scores().scores().size()));
    model.put("coefficient", score.band().coefficient().toPlainString());
    model.put("deadline", deadline.format(dateFormat));
    model.put("deadlineIso", deadline.toString());
    return model;
  }
}
