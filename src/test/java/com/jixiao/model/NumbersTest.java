package com.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.50 | 1234.50",
        "1,234.50 | 1234.50",
        "¥1,234.50 | 1234.50",
        "￥1,234.50 | 1234.50",
        " 1 234 | 1234",
        "１２３ | 123",
        "１，２３４．５ | 1234.5",
        "-12.5 | -12.5",
        "3000元 | 3000",
        "RMB 88 | 88",
        "1,000,000 | 1000000",
        ".5 | .5"
      })
  void numericTextIsANumber(String text, String expected) {
    assertThat(Numbers.parse(text))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(
      strings = {
        "",
        "abc",
        "12a",
        "1,23",
        "1.2.3",
        "¥",
        "50%",
        "--1",
        "NaN",
        "Infinity",
        // beyond what a cell holds: as BigDecimals they overflowed later (found by the fuzzer)
        "1e999999999",
        "-1e999999999",
        "1e-999999999",
        "1e99999999999",
        "2e309"
      })
  void otherTextIsNotANumber(String text) {
    assertThat(Numbers.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "rate \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.5% | 0.005",
        "0.005 | 0.005",
        "1 | 1",
        "120% | 1.2",
        "85 % | 0.85",
        "０.５％ | 0.005"
      })
  void ratesAreFractionsOrPercentText(String text, String expected) {
    assertThat(Numbers.parseRate(text))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @ParameterizedTest(name = "plain {0} is not a rate: it looks like a percent")
  @ValueSource(strings = {"1.01", "50", "100"})
  void aPlainNumberAboveOneIsNotARate(String text) {
    assertThat(Numbers.parseRate(text)).isEmpty();
  }
}
