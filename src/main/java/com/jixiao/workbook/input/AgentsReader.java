package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Role;
import com.jixiao.model.SalaryLevel;
import com.jixiao.model.Text;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Agents / 客服名单 sheet: unique IDs, roles, statuses, salary levels that exist, valid e-mail
 * addresses. Every ID it lists is known to the sheets read after it, even on a row with other
 * errors.
 */
final class AgentsReader {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Field<String> AGENT_ID = Field.text("agent_id");
  private static final Field<String> NAME = Field.text("name");
  private static final Field<BigDecimal> SALARY_LEVEL = Field.number("salary_level");

  private AgentsReader() {}

  static List<Agent> read(ReadContext ctx, Map<Integer, SalaryLevel> levels) {
    List<Agent> agents = new ArrayList<>();
    Optional<SheetReader> t = ctx.table(SheetSchema.AGENTS);
    if (t.isEmpty()) {
      return agents;
    }
    SheetReader s = t.get();
    Language language = ctx.language();
    Map<String, Integer> rowOf = new HashMap<>();
    Map<String, String> accountOwner = new HashMap<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      String id = s.require(row, AGENT_ID);
      String name = s.require(row, NAME);
      String team = s.text(row, "team").orElse(language == Language.ZH ? "默认" : "default");
      Role role = s.text(row, "role").map(text -> parseRole(s, row, text)).orElse(Role.PRESALES);
      BigDecimal level = s.require(row, SALARY_LEVEL);
      String email = s.text(row, "email").orElse("");
      String managerEmail = s.text(row, "manager_email").orElse("");
      boolean active = s.text(row, "status").map(text -> parseStatus(s, row, text)).orElse(true);
      List<String> accounts = Agent.accountsOf(s.text(row, "account").orElse(""));
      checkAccounts(s, row, id, accounts, accountOwner);
      checkEmail(s, row, "email", email);
      checkEmail(s, row, "manager_email", managerEmail);
      if (level != null && !levels.isEmpty() && !levels.containsKey(level.intValue())) {
        s.error(
            row,
            SALARY_LEVEL.key(),
            Message.of("error.agents.unknown_level", level.toPlainString()),
            Message.of(
                "hint.agents.unknown_level",
                levels.keySet().stream()
                    .sorted()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "))));
      }
      if (id != null) {
        ctx.knowAgent(id);
        Integer first = rowOf.putIfAbsent(id, row.index());
        if (first != null) {
          s.error(
              row,
              AGENT_ID.key(),
              Message.of("error.agents.duplicate_id", id, first + 1),
              Message.of("hint.agents.duplicate_id"));
        }
      }
      if (!s.rowFailed()) {
        agents.add(
            new Agent(
                id, name, team, role, level.intValue(), email, managerEmail, active, accounts));
      }
    }
    if (agents.isEmpty() && rowOf.isEmpty()) {
      ctx.problems()
          .sheet(
              s.name(),
              s.order(),
              Message.of("error.sheet.empty", s.name()),
              Message.of("hint.agents.empty"));
    }
    return agents;
  }

  private static Role parseRole(SheetReader s, TableRow row, String text) {
    Optional<Role> role = Role.parse(text);
    if (role.isEmpty()) {
      s.error(
          row, "role", Message.of("error.agents.bad_role", text), Message.of("hint.agents.roles"));
      return Role.PRESALES;
    }
    return role.get();
  }

  private static boolean parseStatus(SheetReader s, TableRow row, String text) {
    String t = Text.normalize(text);
    if (List.of("active", "在职", "正常", "在岗").contains(t)) {
      return true;
    }
    if (List.of("left", "离职", "已离职", "inactive").contains(t)) {
      return false;
    }
    s.error(
        row,
        "status",
        Message.of("error.agents.bad_status", text),
        Message.of("hint.agents.status"));
    return true;
  }

  /**
   * A sub-account belongs to one agent: {@code jixiao import} finds the agent of an export row by
   * it. Compared as the import compares them (case, full-width letters).
   */
  private static void checkAccounts(
      SheetReader s, TableRow row, String id, List<String> accounts, Map<String, String> owner) {
    for (String account : accounts) {
      String first = owner.putIfAbsent(Text.fold(account), id == null ? "" : id);
      if (first != null && !first.equals(id)) {
        s.error(
            row,
            "account",
            Message.of("error.agents.duplicate_account", account, first),
            Message.of("hint.agents.duplicate_account"));
      }
    }
  }

  /**
   * An email cell holds exactly one plain address: "kf001,evil@example.com" would otherwise put a
   * second recipient on the agent's scorecard mail. The address is parsed as the mailer parses it
   * (jakarta.mail, strict), and must be the whole cell: no name, no group, no list.
   */
  private static void checkEmail(SheetReader s, TableRow row, String key, String email) {
    if (email.isEmpty() || isOneAddress(email)) {
      return;
    }
    if (addressCount(email) > 1) {
      s.error(
          row,
          key,
          Message.of("error.agents.many_emails", email),
          Message.of("hint.agents.one_email"));
    } else {
      s.error(
          row, key, Message.of("error.agents.bad_email", email), Message.of("hint.agents.email"));
    }
  }

  static boolean isOneAddress(String email) {
    try {
      InternetAddress address = new InternetAddress(email, true); // exactly one, or an exception
      return address.getPersonal() == null
          && address.getAddress().equals(email)
          && EMAIL.matcher(email).matches();
    } catch (AddressException e) {
      return false;
    }
  }

  private static int addressCount(String email) {
    try {
      return InternetAddress.parse(email, false).length;
    } catch (AddressException e) {
      return email.split("[,;\\s]+").length;
    }
  }
}
