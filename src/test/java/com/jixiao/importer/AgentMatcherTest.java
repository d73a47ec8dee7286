package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.importer.AgentMatcher.Found;
import com.jixiao.importer.AgentMatcher.How;
import com.jixiao.importer.AgentMatcher.NotFound;
import com.jixiao.importer.AgentMatcher.Several;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentMatcherTest {
  private static final AgentMatcher MATCHER =
      new AgentMatcher(
          List.of(
              new RosterAgent("KF001", "王丽", List.of("悦享家居旗舰店:丽丽")),
              new RosterAgent("KF002", "陈晨", List.of("晨晨")),
              new RosterAgent("KF003", "刘洋", List.of()),
              new RosterAgent("KF004", "赵静", List.of("店A:小赵")),
              new RosterAgent("KF005", "孙悦", List.of("店B:小赵")),
              new RosterAgent("KF006", "周杰", List.of("悦享家居旗舰店:阿杰", "悦享家居专营店:阿杰")),
              new RosterAgent("KF007", "吴磊", List.of()),
              new RosterAgent("KF008", "吴磊", List.of())));

  @ParameterizedTest(name = "\"{0}\" is {1} by {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "悦享家居旗舰店:丽丽 | KF001 | ACCOUNT",
        "悦享家居旗舰店：丽丽 | KF001 | ACCOUNT",
        " 悦享家居旗舰店 : 丽丽 | KF001 | ACCOUNT",
        "丽丽 | KF001 | SUB_ACCOUNT",
        "悦享家居旗舰店:晨晨 | KF002 | SUB_ACCOUNT",
        "晨晨 | KF002 | ACCOUNT",
        "悦享家居旗舰店:阿杰 | KF006 | ACCOUNT",
        "悦享家居专营店:阿杰 | KF006 | ACCOUNT",
        "阿杰 | KF006 | SUB_ACCOUNT",
        "kf003 | KF003 | AGENT_ID",
        "悦享家居旗舰店:KF003 | KF003 | AGENT_ID",
        "刘洋 | KF003 | NAME",
        "悦享家居旗舰店:刘洋 | KF003 | NAME",
        "店A:小赵 | KF004 | ACCOUNT"
      })
  void matches(String text, String id, How how) {
    assertThat(MATCHER.match(text)).isEqualTo(new Found(id, how));
  }

  @Test
  @DisplayName("one sub-account name in two shops, given without a shop, is ambiguous: both listed")
  void sameSubAccountInTwoShops() {
    assertThat(MATCHER.match("小赵"))
        .isEqualTo(new Several(List.of("KF004", "KF005"), How.SUB_ACCOUNT));
  }

  @Test
  @DisplayName("two shops named on both sides are two people: 店C:小赵 is not 店A:小赵")
  void differentShopsDoNotMatch() {
    assertThat(MATCHER.match("店C:小赵")).isInstanceOf(NotFound.class);
  }

  @Test
  @DisplayName("a name two agents share is ambiguous, never the first of them")
  void sharedName() {
    assertThat(MATCHER.match("吴磊")).isEqualTo(new Several(List.of("KF007", "KF008"), How.NAME));
  }

  @Test
  @DisplayName("no match lists agents whose name or account looks alike")
  void lookAlike() {
    assertThat(MATCHER.match("悦享家居旗舰店:王丽丽")).isEqualTo(new NotFound(List.of("KF001")));
    assertThat(MATCHER.match("小明")).isEqualTo(new NotFound(List.of()));
  }

  @Test
  @DisplayName("an account match wins over an agent whose name is the same text")
  void accountBeforeName() {
    AgentMatcher m =
        new AgentMatcher(
            List.of(
                new RosterAgent("KF001", "小王", List.of()),
                new RosterAgent("KF002", "王强", List.of("小王"))));
    assertThat(m.match("小王")).isEqualTo(new Found("KF002", How.ACCOUNT));
  }

  @Test
  @DisplayName("accounts in one cell are split at commas, semicolons and 、, never at the colon")
  void accountsOfCell() {
    assertThat(com.jixiao.model.Agent.accountsOf("店A:小王，店B:小王; 小王2、 店C:王"))
        .containsExactly("店A:小王", "店B:小王", "小王2", "店C:王");
  }
}
