package org.recoverykit.model;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ServiceFunctionTest {
    private static List<ServiceFunction> inGroup(ServiceFunctionGroup group) {
        return Arrays.stream(ServiceFunction.values())
                .filter(f -> f.getGroup() == group)
                .toList();
    }

    @Test
    void countsPerGroup() {
        Map<ServiceFunctionGroup, Long> counts = Arrays.stream(ServiceFunction.values())
                .collect(groupingBy(
                        ServiceFunction::getGroup, () -> new EnumMap<>(ServiceFunctionGroup.class), counting()));
        assertThat(counts)
                .containsExactly(
                        Map.entry(ServiceFunctionGroup.COMMUNITY_SUPPORT, 25L),
                        Map.entry(ServiceFunctionGroup.STR_HELP_WITH, 6L),
                        Map.entry(ServiceFunctionGroup.STR_ENABLE_ACCESS, 8L),
                        Map.entry(ServiceFunctionGroup.PEER_SUPPORT, 1L),
                        Map.entry(ServiceFunctionGroup.ECM_CORE_COMPONENT, 7L));
        assertThat(ServiceFunction.values()).hasSize(47);
    }

    @Test
    void codesAreUniqueAndLowerKebab() {
        List<String> codes = Arrays.stream(ServiceFunction.values())
                .map(ServiceFunction::getCode)
                .toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    @Test
    void codesCarryTheirGroupsPrefix() {
        assertThat(inGroup(ServiceFunctionGroup.COMMUNITY_SUPPORT))
                .allMatch(f -> f.getCode().startsWith("cs-"));
        assertThat(inGroup(ServiceFunctionGroup.STR_HELP_WITH))
                .allMatch(f -> f.getCode().startsWith("str-help-"));
        assertThat(inGroup(ServiceFunctionGroup.STR_ENABLE_ACCESS))
                .allMatch(f -> f.getCode().startsWith("str-access-"));
        assertThat(inGroup(ServiceFunctionGroup.ECM_CORE_COMPONENT))
                .allMatch(f -> f.getCode().startsWith("ecm-"));
        assertThat(inGroup(ServiceFunctionGroup.PEER_SUPPORT)).containsExactly(ServiceFunction.PEER_SUPPORT);
    }

    @Test
    void accessServicesIsKeyServiceFunction16() {
        ServiceFunction f = Coded.of(ServiceFunction.class, "cs-access-services");
        assertThat(f).isSameAs(ServiceFunction.CS_ACCESS_SERVICES);
        assertThat(f.getClause()).isEqualTo("key service function 16");
        assertThat(inGroup(ServiceFunctionGroup.COMMUNITY_SUPPORT).indexOf(f)).isEqualTo(15);
        assertThat(f.getDisplay()).isEqualTo("Access to services and benefits");
        assertThat(f.getGroup()).isSameAs(ServiceFunctionGroup.COMMUNITY_SUPPORT);
        assertThat(f.getSource()).isSameAs(SourceDocument.COMMUNITY_SUPPORT_TRAINING_101);
    }

    @Test
    void communitySupportFunctionsAreNumberedInOrder() {
        List<ServiceFunction> cs = inGroup(ServiceFunctionGroup.COMMUNITY_SUPPORT);
        for (int i = 0; i < cs.size(); i++) {
            assertThat(cs.get(i).getClause()).isEqualTo("key service function " + (i + 1));
            assertThat(cs.get(i).getSource()).isSameAs(SourceDocument.COMMUNITY_SUPPORT_TRAINING_101);
        }
        assertThat(cs.get(0).getCode()).isEqualTo("cs-holistic-care");
        assertThat(cs.get(8).getCode()).isEqualTo("cs-re-engagement");
        assertThat(cs.get(24).getCode()).isEqualTo("cs-independent-living-skills");
    }

    @Test
    void strAreas() {
        assertThat(inGroup(ServiceFunctionGroup.STR_HELP_WITH))
                .extracting(ServiceFunction::getCode)
                .containsExactly(
                        "str-help-budgeting-and-benefits",
                        "str-help-employment-and-housing",
                        "str-help-internet-access",
                        "str-help-leisure-and-fitness",
                        "str-help-social-networks",
                        "str-help-identity-and-spirituality");
        assertThat(inGroup(ServiceFunctionGroup.STR_ENABLE_ACCESS))
                .extracting(ServiceFunction::getCode)
                .containsExactly(
                        "str-access-self-help-groups",
                        "str-access-medicines-management",
                        "str-access-health-checks",
                        "str-access-nutrition-advice",
                        "str-access-gp-and-dentist",
                        "str-access-advocacy",
                        "str-access-health-promotion",
                        "str-access-substance-misuse-advice");
        assertThat(inGroup(ServiceFunctionGroup.STR_HELP_WITH)).allSatisfy(f -> {
            assertThat(f.getSource()).isSameAs(SourceDocument.STR_SPECIFICATION);
            assertThat(f.getClause()).isEqualTo("STR workers will help with");
        });
        assertThat(inGroup(ServiceFunctionGroup.STR_ENABLE_ACCESS)).allSatisfy(f -> {
            assertThat(f.getSource()).isSameAs(SourceDocument.STR_SPECIFICATION);
            assertThat(f.getClause()).isEqualTo("STR workers enable access to");
        });
    }

    @Test
    void peerSupportAndEcm() {
        assertThat(ServiceFunction.PEER_SUPPORT.getCode()).isEqualTo("peer-support");
        assertThat(ServiceFunction.PEER_SUPPORT.getSource()).isSameAs(SourceDocument.PEER_TO_PEER_PROCEDURE);
        List<ServiceFunction> ecm = inGroup(ServiceFunctionGroup.ECM_CORE_COMPONENT);
        assertThat(ecm)
                .extracting(ServiceFunction::getCode)
                .containsExactly(
                        "ecm-outreach-and-engagement",
                        "ecm-assessment-and-care-planning",
                        "ecm-care-coordination",
                        "ecm-health-promotion",
                        "ecm-transitional-care",
                        "ecm-member-and-family-supports",
                        "ecm-community-referral");
        for (int i = 0; i < ecm.size(); i++) {
            assertThat(ecm.get(i).getClause()).isEqualTo("ECM core service component " + (i + 1));
            assertThat(ecm.get(i).getSource()).isSameAs(SourceDocument.CALAIM_ECM);
        }
    }

    @Test
    void displaysAreShortAndPresent() {
        assertThat(ServiceFunction.values())
                .allSatisfy(f -> assertThat(f.getDisplay()).isNotBlank().hasSizeLessThanOrEqualTo(60));
    }

    @Test
    void fromCodeAndJson() {
        assertThatThrownBy(() -> Coded.of(ServiceFunction.class, "cs-access"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown code for ServiceFunction");
        JsonMapper m = JsonMapper.builder().build();
        assertThat(m.writeValueAsString(ServiceFunction.STR_ACCESS_GP_AND_DENTIST))
                .isEqualTo("\"str-access-gp-and-dentist\"");
        assertThat(m.readValue("\"ecm-transitional-care\"", ServiceFunction.class))
                .isSameAs(ServiceFunction.ECM_TRANSITIONAL_CARE);
    }

    @Test
    void groups() {
        assertThat(Arrays.stream(ServiceFunctionGroup.values()).map(ServiceFunctionGroup::getCode))
                .containsExactly(
                        "community-support",
                        "str-help-with",
                        "str-enable-access",
                        "peer-support",
                        "ecm-core-component");
        assertThat(Coded.of(ServiceFunctionGroup.class, "str-enable-access"))
                .isSameAs(ServiceFunctionGroup.STR_ENABLE_ACCESS);
        assertThatThrownBy(() -> Coded.of(ServiceFunctionGroup.class, "str"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown code for ServiceFunctionGroup");
    }
}
