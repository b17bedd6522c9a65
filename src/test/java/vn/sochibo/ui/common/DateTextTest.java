package vn.sochibo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void showsDayMonthYearWithLeadingZeros() {
        assertThat(DateText.format(LocalDate.of(2026, 2, 3))).isEqualTo("03/02/2026");
        assertThat(DateText.format(null)).isEmpty();
    }

    @Test
    void acceptsTheWaysPeopleTypeADate() {
        LocalDate expected = LocalDate.of(1985, 3, 5);
        assertThat(DateText.parse("05/03/1985")).isEqualTo(expected);
        assertThat(DateText.parse("5/3/1985")).isEqualTo(expected);
        assertThat(DateText.parse(" 5.3.1985 ")).isEqualTo(expected);
        assertThat(DateText.parse("05-03-1985")).isEqualTo(expected);
        assertThat(DateText.parse("05 / 03 / 1985")).isEqualTo(expected);
        // Year first is unambiguous (ISO, as some spreadsheets write it).
        assertThat(DateText.parse("1985-03-05")).isEqualTo(expected);
        assertThat(DateText.parse("")).isNull();
        assertThat(DateText.parse("   ")).isNull();
    }

    @Test
    void refusesWhatIsNotARealDate() {
        assertThatThrownBy(() -> DateText.parse("31/02/1990")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateText.parse("5/3/85")).isInstanceOf(DateTimeParseException.class);
        assertThat(DateText.isValid("hôm qua")).isFalse();
        assertThat(DateText.isValid("")).isTrue();
    }
}
