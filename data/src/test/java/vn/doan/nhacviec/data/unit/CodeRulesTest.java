package vn.doan.nhacviec.data.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.text.Codes;

/** The unit-code and tag rules, held by their value types and shared by commands, imports and the catalogue. */
class CodeRulesTest {

    @Test
    void unitCodes() {
        assertThat(UnitCode.parse("  TN-TB ")).contains(new UnitCode("tn-tb"));
        assertThat(UnitCode.isValid("1a-b")).isTrue();
        assertThat(UnitCode.isValid("-tn")).isFalse();
        assertThat(UnitCode.isValid("tn_tb")).isFalse();
        assertThat(UnitCode.isValid("a".repeat(64))).isTrue();
        assertThat(UnitCode.isValid("a".repeat(65))).isFalse();
        assertThat(UnitCode.parse("x y")).isEmpty();
        assertThatThrownBy(() -> new UnitCode("Tn")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tags() {
        assertThat(Tag.isValid("bien_gioi")).isTrue();
        assertThat(Tag.isValid("b" + "1".repeat(63))).isTrue();
        assertThat(Tag.isValid("b" + "1".repeat(64))).isFalse();
        assertThat(Tag.isValid("2024")).isFalse();
        assertThat(Tag.isValid("bien-gioi")).isFalse();
        assertThat(Tag.isValid(null)).isFalse();
    }

    @Test
    void aTypedCodeIsEchoedCutTo64Characters() {
        assertThat(Codes.shown("abc")).isEqualTo("abc");
        assertThat(Codes.shown("x".repeat(70))).isEqualTo("x".repeat(64) + "…");
    }
}
