package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.i18n.Messages;
import com.jixiao.importer.HeaderText.Unit;
import com.jixiao.model.Language;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HeaderAliasesTest {
  private static Optional<ImportField> fieldOf(String header) {
    return HeaderAliases.builtIn()
        .find(HeaderText.of(header))
        .flatMap(HeaderAliases.Meaning::field);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "旺旺子账号 | agent",
        "旺旺 | agent",
        "客服 | agent",
        "子账号 | agent",
        "客服昵称 | agent",
        "日期 | date",
        "月份 | date",
        "咨询人数 | inquiries",
        "询单人数 | inquiries",
        "接待人数 | receptions",
        "最终付款人数 | deals",
        "询单->最终付款人数 | deals",
        "销售额 | sales",
        "销售额(元) | sales",
        "销售额（万元） | sales",
        "询单->最终付款金额 | sales",
        "询单→最终付款金额 | sales",
        "销售量 | orders",
        "订单数 | orders",
        "退款笔数 | refund_orders",
        "好评数 | good_reviews",
        "平均响应(秒) | avg_response_seconds",
        "平均响应时长 | avg_response_seconds",
        "满意率 | satisfaction",
        "满意度 | satisfaction",
        "满意率(%) | satisfaction",
        "评价人数 | rated",
        "满意人数 | satisfied",
        "Inquiries | inquiries",
        "咨询量 | inquiries",
        "ＡＧＥＮＴ | agent"
      })
  void builtInAliases(String header, String key) {
    assertThat(fieldOf(header)).contains(ImportField.byKey(key).orElseThrow());
  }

  @Test
  @DisplayName("咨询人数 is preferred to 询单人数 for inquiries, as the seed's 成交率 = 成交量 / 咨询量")
  void inquiriesPreference() {
    var aliases = HeaderAliases.builtIn();
    int consulted = aliases.find(HeaderText.of("咨询人数")).orElseThrow().rank();
    int asked = aliases.find(HeaderText.of("询单人数")).orElseThrow().rank();
    assertThat(consulted).isLessThan(asked);
  }

  @ParameterizedTest(name = "\"{0}\" is known and not imported ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        "询单转化率 | DERIVED",
        "询单->最终付款转化率 | DERIVED",
        "客单价 | DERIVED",
        "首次响应(秒) | UNUSED",
        "总消息数 | UNUSED"
      })
  void knownUnused(String header, HeaderAliases.Known known) {
    HeaderAliases.Meaning m = HeaderAliases.builtIn().find(HeaderText.of(header)).orElseThrow();
    assertThat(m.field()).isEmpty();
    assertThat(m.known()).contains(known);
  }

  @Test
  @DisplayName(
      "an unknown header means nothing, and a bracket that is no unit keeps the header whole")
  void unknown() {
    assertThat(HeaderAliases.builtIn().find(HeaderText.of("直播间人数"))).isEmpty();
    assertThat(HeaderText.of("销售额(美元)").unit()).isEqualTo(Unit.NONE);
    assertThat(HeaderAliases.builtIn().find(HeaderText.of("销售额(美元)"))).isEmpty();
  }

  @ParameterizedTest(name = "unit of \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "平均响应(秒) | SECONDS",
        "平均响应（分钟） | MINUTES",
        "销售额(万元) | TEN_THOUSAND_YUAN",
        "满意率(%) | PERCENT",
        "接待人数(人) | COUNTED",
        "销售额 | NONE"
      })
  void units(String header, Unit unit) {
    assertThat(HeaderText.of(header).unit()).isEqualTo(unit);
  }

  @Test
  @DisplayName("docs/import.md lists every header of the built-in table")
  void docsListEveryAlias() throws java.io.IOException {
    String docs =
        java.nio.file.Files.readString(java.nio.file.Path.of("docs", "import.md")).toLowerCase();
    try (var in = HeaderAliases.class.getResourceAsStream("header-aliases.txt")) {
      String table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String line : table.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        for (String header : line.substring(line.indexOf(':') + 1).split("\\|")) {
          assertThat(docs)
              .as("docs/import.md lists %s", header.strip())
              .contains(header.strip().toLowerCase());
        }
      }
    }
  }

  @Test
  @DisplayName("a header listed twice in the table is a mistake that fails loudly")
  void duplicatesFail() {
    String table = "inquiries: 咨询人数\nreceptions: 咨询人数\n";
    assertThatThrownBy(() -> HeaderAliases.parse(new BufferedReader(new StringReader(table))))
        .hasMessageContaining("listed twice");
  }

  @ParameterizedTest(name = "{0} has a name in both languages, equal to its Monthly label")
  @EnumSource(ImportField.class)
  void fieldNames(ImportField field) {
    for (Language language : Language.values()) {
      String text = new Messages(language).format(ImportField.label(field));
      assertThat(text).isEqualTo(field.label(language));
      field.metric().ifPresent(m -> assertThat(text).isEqualTo(m.label(language)));
    }
  }
}
