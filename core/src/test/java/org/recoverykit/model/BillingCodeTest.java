package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BillingCodeTest {
    @Test
    void ofAndAccessors() {
        BillingCode b = BillingCode.of("T1016", "U8", "GQ");
        assertThat(b.getCode()).isEqualTo("T1016");
        assertThat(b.getModifiers()).containsExactly("U8", "GQ");
        assertThat(BillingCode.of("H0043").getModifiers()).isEmpty();
    }

    @Test
    void theModifiersArePartOfTheKey() {
        assertThat(BillingCode.of("T1016", "U8")).isNotEqualTo(BillingCode.of("T1016", "U8", "GQ"));
        assertThat(BillingCode.of("H0043", "U6")).isNotEqualTo(BillingCode.of("H0043", "U3"));
        assertThat(BillingCode.of("T1016", "U8", "GQ"))
                .isEqualTo(BillingCode.of("T1016", "U8", "GQ"))
                .hasSameHashCodeAs(BillingCode.of("T1016", "U8", "GQ"));
    }

    @Test
    void textForm() {
        assertThat(BillingCode.of("T1016", "U8", "GQ")).hasToString("T1016 U8 GQ");
        assertThat(BillingCode.of("H0043")).hasToString("H0043");
        assertThat(BillingCode.parse("T1016 U8 GQ")).isEqualTo(BillingCode.of("T1016", "U8", "GQ"));
        assertThat(BillingCode.parse(" H0043  U6 ")).isEqualTo(BillingCode.of("H0043", "U6"));
        assertThat(BillingCode.parse("S5165")).isEqualTo(BillingCode.of("S5165"));
    }

    @Test
    void malformedCodesNameTheAttributeNeverTheValue() {
        assertThatThrownBy(() -> BillingCode.of("h0043", "U6"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.code must be a HCPCS Level II code: a capital letter and four digits");
        assertThatThrownBy(() -> BillingCode.of("99213"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.code must be a HCPCS Level II code: a capital letter and four digits");
        assertThatThrownBy(() -> BillingCode.parse(""))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.code must be a HCPCS Level II code: a capital letter and four digits");
        assertThatThrownBy(() -> BillingCode.of("H0043", "u6"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.modifiers must each be two capital letters or digits");
        assertThatThrownBy(() -> BillingCode.of("H0043", "U66"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.modifiers must each be two capital letters or digits");
        assertThatThrownBy(() -> BillingCode.of("H0043", "U1", "U2", "U3", "U4", "U5"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.modifiers must not hold more than four modifiers");
        assertThatThrownBy(() -> BillingCode.of("H0043", "U8", "U8"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.modifiers must not repeat a modifier");
    }

    @Test
    void nulls() {
        assertThatThrownBy(() -> BillingCode.of(null, "U6"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("code");
        assertThatThrownBy(() -> BillingCode.of("H0043", "U6", null))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("modifiers");
        assertThatThrownBy(() -> BillingCode.of("H0043", (String[]) null))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode.modifiers must not be null");
        assertThatThrownBy(() -> BillingCode.parse(null))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("BillingCode text must not be null");
    }

    @Test
    void json() {
        JsonMapper m = JsonMapper.builder().build();
        BillingCode b = BillingCode.of("T1016", "U8", "GQ");
        String json = m.writeValueAsString(b);
        assertThat(json).isEqualTo("{\"code\":\"T1016\",\"modifiers\":[\"U8\",\"GQ\"]}");
        assertThat(m.readValue(json, BillingCode.class)).isEqualTo(b);
        assertThat(m.readValue("{\"code\":\"H0044\"}", BillingCode.class)).isEqualTo(BillingCode.of("H0044"));
    }
}
