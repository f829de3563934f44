package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommunitySupportCatalogueTest {
    private static final String HEADER = "code,display,billing_codes\n";
    private static final CommunitySupportCatalogue STANDARD = CommunitySupportCatalogue.standard();

    private static List<BillingCode> billingCodesOf(String serviceCode) {
        return STANDARD.find(serviceCode).orElseThrow().getBillingCodes();
    }

    private static CommunitySupportCatalogue load(String table) throws IOException {
        return CommunitySupportCatalogue.load(new StringReader(table));
    }

    @Test
    void standardHasTheSixteenRowsOfTheGuidanceAndEcm() {
        assertThat(STANDARD.getServices()).hasSize(17);
        assertThat(STANDARD.getServices())
                .extracting(CommunitySupportService::getCode)
                .containsExactly(
                        "housing-transition-navigation",
                        "housing-deposits",
                        "housing-tenancy-and-sustaining",
                        "short-term-post-hospitalization-housing",
                        "recuperative-care",
                        "respite-services",
                        "day-habilitation",
                        "nursing-facility-transition-diversion",
                        "community-or-home-transition",
                        "personal-care-and-homemaker",
                        "environmental-accessibility-adaptations",
                        "medically-tailored-meals",
                        "sobering-centers",
                        "asthma-remediation",
                        "transitional-rent",
                        "housing-outreach-initiation",
                        "enhanced-care-management");
        assertThat(CommunitySupportCatalogue.standard()).isSameAs(STANDARD);
        assertThat(STANDARD).hasToString("CommunitySupportCatalogue[17 services]");
    }

    @Test
    void housingTransitionNavigation() {
        CommunitySupportService s =
                STANDARD.find("housing-transition-navigation").orElseThrow();
        assertThat(s.getDisplay()).isEqualTo("Housing Transition Navigation Services");
        assertThat(s.getBillingCodes()).containsExactly(BillingCode.of("H0043", "U6"), BillingCode.of("H2016", "U6"));
    }

    @Test
    void transitionalRent() {
        assertThat(billingCodesOf("transitional-rent"))
                .containsExactly(
                        BillingCode.of("H0040", "U1"),
                        BillingCode.of("H0040", "U2"),
                        BillingCode.of("H0043", "U2"),
                        BillingCode.of("H0044", "U6"));
    }

    @Test
    void housingOutreachInitiation() {
        assertThat(billingCodesOf("housing-outreach-initiation"))
                .containsExactly(BillingCode.of("T1016", "U8"), BillingCode.of("T1016", "U8", "GQ"));
    }

    @Test
    void perCodeModifiers() {
        assertThat(billingCodesOf("nursing-facility-transition-diversion"))
                .containsExactly(BillingCode.of("T2038", "U4"), BillingCode.of("H2022", "U5"));
        assertThat(billingCodesOf("community-or-home-transition"))
                .containsExactly(BillingCode.of("T2038", "U5"), BillingCode.of("H0044", "U5"));
        assertThat(billingCodesOf("enhanced-care-management"))
                .containsExactly(BillingCode.of("G9008", "U1"), BillingCode.of("G9012", "U2"));
    }

    @Test
    void noBillingCodeClaimsTwoServices() {
        Map<BillingCode, String> owner = new HashMap<>();
        for (CommunitySupportService s : STANDARD.getServices()) {
            for (BillingCode b : s.getBillingCodes()) {
                assertThat(owner.put(b, s.getCode())).as(b.toString()).isNull();
            }
        }
        assertThat(owner).hasSize(41);
    }

    @Test
    void findByBillingCodeUsesCodeAndModifiers() {
        assertThat(STANDARD.findByBillingCode(BillingCode.of("H0043", "U6")))
                .map(CommunitySupportService::getCode)
                .hasValue("housing-transition-navigation");
        assertThat(STANDARD.findByBillingCode(BillingCode.of("H0043", "U3")))
                .map(CommunitySupportService::getCode)
                .hasValue("short-term-post-hospitalization-housing");
        assertThat(STANDARD.findByBillingCode(BillingCode.of("H0043", "U2")))
                .map(CommunitySupportService::getCode)
                .hasValue("transitional-rent");
        assertThat(STANDARD.findByBillingCode(BillingCode.of("S5165", "U5")))
                .map(CommunitySupportService::getCode)
                .hasValue("asthma-remediation");
        assertThat(STANDARD.findByBillingCode(BillingCode.of("H0043"))).isEmpty();
        assertThat(STANDARD.findByBillingCode(BillingCode.of("T1016", "GQ", "U8")))
                .isEmpty();
        assertThat(STANDARD.findByBillingCode(null)).isEmpty();
        assertThat(STANDARD.find("no-such-service")).isEmpty();
        assertThat(STANDARD.find(null)).isEmpty();
    }

    @Test
    void isValid() {
        assertThat(STANDARD.isValid("housing-deposits", BillingCode.of("H0044", "U2")))
                .isTrue();
        assertThat(STANDARD.isValid("housing-deposits", BillingCode.of("H0044", "U6")))
                .isFalse();
        assertThat(STANDARD.isValid("transitional-rent", BillingCode.of("H0044", "U6")))
                .isTrue();
        assertThat(STANDARD.isValid("housing-outreach-initiation", BillingCode.of("T1016", "U8", "GQ")))
                .isTrue();
        assertThat(STANDARD.isValid("no-such-service", BillingCode.of("H0044", "U2")))
                .isFalse();
        assertThat(STANDARD.isValid(null, BillingCode.of("H0044", "U2"))).isFalse();
        assertThat(STANDARD.isValid("housing-deposits", null)).isFalse();
    }

    @Test
    void servicesAreUnmodifiable() {
        assertThatThrownBy(() -> STANDARD.getServices().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void loadingAUsersTableReplacesTheStandardOne() throws IOException {
        CommunitySupportCatalogue updated = load("# updated by the plan, 2027\n"
                + HEADER
                + "housing-deposits,Housing Deposits,H0044 U2\n"
                + "\"new-support\",\"A new support, with a comma\",X1234 U7 GQ|H0043 U6\n");
        assertThat(updated.getServices())
                .extracting(CommunitySupportService::getCode)
                .containsExactly("housing-deposits", "new-support");
        assertThat(updated.find("new-support").orElseThrow().getDisplay()).isEqualTo("A new support, with a comma");
        assertThat(updated.findByBillingCode(BillingCode.of("H0043", "U6")))
                .map(CommunitySupportService::getCode)
                .hasValue("new-support");
        assertThat(updated.isValid("new-support", BillingCode.of("X1234", "U7", "GQ")))
                .isTrue();
        assertThat(updated.find("housing-transition-navigation")).isEmpty();
        assertThat(updated).isNotEqualTo(STANDARD);
        assertThat(CommunitySupportCatalogue.standard().find("housing-transition-navigation"))
                .isPresent();
    }

    @Test
    void aMalformedBillingCodeFailsNamingTheLine() {
        String table = "# comment\n" + HEADER + "housing-deposits,Housing Deposits,H0044 U2\n"
                + "respite-services,Respite Services,H0045 U6|S515 U6\n";
        assertThatThrownBy(() -> load(table))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Community Supports table, line 4: billing_codes: BillingCode.code must be a HCPCS Level II"
                        + " code: a capital letter and four digits")
                .satisfies(e -> {
                    ReferenceDataException r = (ReferenceDataException) e;
                    assertThat(r.getLineNumber()).isEqualTo(4);
                    assertThat(r.getTable()).isEqualTo("Community Supports table");
                });
        assertThatThrownBy(() -> load(HEADER + "housing-deposits,Housing Deposits,H0044 u2\n"))
                .hasMessage("Community Supports table, line 2: billing_codes: BillingCode.modifiers must each be two"
                        + " capital letters or digits");
    }

    @Test
    void otherMalformedRowsFailNamingTheLine() {
        assertThatThrownBy(() -> load(HEADER + "Housing Deposits,Housing Deposits,H0044 U2\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Community Supports table, line 2: CommunitySupportService.code must be lower-kebab:"
                        + " lower-case letters and digits in words joined by single hyphens");
        assertThatThrownBy(() -> load(HEADER + "housing-deposits,,H0044 U2\n"))
                .hasMessage("Community Supports table, line 2: CommunitySupportService.display must not be blank");
        assertThatThrownBy(() -> load(HEADER + "housing-deposits,Housing Deposits,\n"))
                .hasMessage("Community Supports table, line 2: CommunitySupportService.billingCodes must not be empty");
        assertThatThrownBy(() -> load(HEADER + "housing-deposits,Housing Deposits,H0044 U2|H0044 U2\n"))
                .hasMessage("Community Supports table, line 2: CommunitySupportService.billingCodes must not repeat"
                        + " a billing code");
        assertThatThrownBy(() -> load(HEADER + "housing-deposits,Housing Deposits\n"))
                .hasMessage("Community Supports table, line 2: expected 3 cells, found 2");
        assertThatThrownBy(() -> load("code,name,codes\n"))
                .hasMessage("Community Supports table, line 1: the header must be code,display,billing_codes");
    }

    @Test
    void aRepeatedServiceOrBillingCodeFailsNamingBothLines() {
        assertThatThrownBy(() -> load(HEADER
                        + "housing-deposits,Housing Deposits,H0044 U2\n"
                        + "\n"
                        + "housing-deposits,Housing Deposits again,H0044 U3\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Community Supports table, line 4: the service code is already used on line 2");
        assertThatThrownBy(() -> load(HEADER
                        + "housing-deposits,Housing Deposits,H0044 U2\n"
                        + "transitional-rent,Transitional Rent,H0040 U1|H0044 U2\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(
                        "Community Supports table, line 3: a billing code already belongs to the service on line 2");
    }

    @Test
    void of() {
        CommunitySupportService deposits = STANDARD.find("housing-deposits").orElseThrow();
        CommunitySupportService rent = STANDARD.find("transitional-rent").orElseThrow();
        CommunitySupportCatalogue c = CommunitySupportCatalogue.of(List.of(deposits, rent));
        assertThat(c.getServices()).containsExactly(deposits, rent);
        assertThat(c.findByBillingCode(BillingCode.of("H0044", "U6"))).hasValue(rent);
        assertThat(c).isEqualTo(CommunitySupportCatalogue.of(List.of(deposits, rent)));
        assertThat(c).hasSameHashCodeAs(CommunitySupportCatalogue.of(List.of(deposits, rent)));
        assertThatThrownBy(() -> CommunitySupportCatalogue.of(List.of(deposits, deposits)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("CommunitySupportCatalogue.services must not repeat a service code");
        CommunitySupportService clash = CommunitySupportService.builder()
                .code("clash")
                .display("Clash")
                .addBillingCode(BillingCode.of("H0044", "U2"))
                .build();
        assertThatThrownBy(() -> CommunitySupportCatalogue.of(List.of(deposits, clash)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("CommunitySupportCatalogue.services must not give a billing code to two services");
    }

    @Test
    void theBundledTableNamesItsSource() throws IOException {
        try (var in = CommunitySupportCatalogue.class.getResourceAsStream("community-supports.csv")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text)
                    .contains("# Source: DHCS, \"ECM and Community Supports HCPCS Coding Guidance\", January 2026"
                            + " edition");
        }
    }
}
