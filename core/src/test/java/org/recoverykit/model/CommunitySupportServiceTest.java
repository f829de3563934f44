package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CommunitySupportServiceTest {
    private static CommunitySupportService.Builder deposits() {
        return CommunitySupportService.builder().code("housing-deposits").display("Housing Deposits");
    }

    @Test
    void buildsAndAnswersBillingCodes() {
        CommunitySupportService s =
                deposits().addBillingCode(BillingCode.of("H0044", "U2")).build();
        assertThat(s.getCode()).isEqualTo("housing-deposits");
        assertThat(s.getDisplay()).isEqualTo("Housing Deposits");
        assertThat(s.getBillingCodes()).containsExactly(BillingCode.of("H0044", "U2"));
        assertThat(s.hasBillingCode(BillingCode.of("H0044", "U2"))).isTrue();
        assertThat(s.hasBillingCode(BillingCode.of("H0044", "U6"))).isFalse();
    }

    @Test
    void invariants() {
        assertThatThrownBy(() -> deposits()
                        .code("Housing_Deposits")
                        .addBillingCode(BillingCode.of("H0044", "U2"))
                        .build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("CommunitySupportService.code must be lower-kebab: lower-case letters and digits in"
                        + " words joined by single hyphens");
        assertThatThrownBy(() -> deposits()
                        .display(" ")
                        .addBillingCode(BillingCode.of("H0044", "U2"))
                        .build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("CommunitySupportService.display must not be blank");
        assertThatThrownBy(() -> deposits().build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("CommunitySupportService.billingCodes must not be empty");
        assertThatThrownBy(() -> deposits()
                        .addBillingCode(BillingCode.of("H0044", "U2"))
                        .addBillingCode(BillingCode.of("H0044", "U2"))
                        .build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("CommunitySupportService.billingCodes must not repeat a billing code");
    }

    @Test
    void json() {
        JsonMapper m = JsonMapper.builder().build();
        CommunitySupportService s =
                deposits().addBillingCode(BillingCode.of("H0044", "U2")).build();
        String json = m.writeValueAsString(s);
        assertThat(json)
                .isEqualTo("{\"code\":\"housing-deposits\",\"display\":\"Housing Deposits\","
                        + "\"billingCodes\":[{\"code\":\"H0044\",\"modifiers\":[\"U2\"]}]}");
        assertThat(m.readValue(json, CommunitySupportService.class)).isEqualTo(s);
    }
}
