package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LifeDomainTest {
    private static final String HEADER = "code,recovery_star,recovery_star_indirect,dla20,sdoh_categories\n";

    @Test
    void theTwentyFourCanonicalCodesInOrder() {
        assertThat(Arrays.stream(LifeDomain.values()).map(LifeDomain::getCode))
                .containsExactly(
                        "mental-health",
                        "medication",
                        "physical-health",
                        "substance-use",
                        "safety",
                        "self-care",
                        "nutrition",
                        "daily-living",
                        "housing",
                        "finances-and-benefits",
                        "employment",
                        "education",
                        "family-and-relationships",
                        "social-connection",
                        "peer-and-self-help",
                        "leisure",
                        "identity-culture-spirituality",
                        "communication",
                        "digital-access",
                        "transportation",
                        "community-resources-and-advocacy",
                        "legal",
                        "engagement-and-transitions",
                        "other");
        assertThat(LifeDomain.IDENTITY_CULTURE_SPIRITUALITY.getDisplay())
                .isEqualTo("Identity, culture and spirituality");
    }

    @Test
    void everyConstantHasExactlyOneRowAndViceVersa() {
        List<String> codes = CsvTable.readResource(
                LifeDomain.class,
                LifeDomainCrosswalk.RESOURCE,
                reader -> CsvTable.read(reader, "Life domain crosswalk", LifeDomainCrosswalk.HEADER).rows().stream()
                        .map(row -> row.cell(0))
                        .toList());
        assertThat(codes)
                .containsExactlyElementsOf(Arrays.stream(LifeDomain.values())
                        .map(LifeDomain::getCode)
                        .toList());
    }

    @Test
    void housing() {
        LifeDomain d = LifeDomain.HOUSING;
        assertThat(d.getRecoveryStarAreas()).containsExactly("Living skills");
        assertThat(d.isRecoveryStarIndirect()).isFalse();
        assertThat(d.getDla20Domains()).containsExactly("Housing stability");
        assertThat(d.getSdohCategories())
                .containsExactly("housing-instability", "homelessness", "inadequate-housing", "utility-insecurity");
    }

    @Test
    void mentalHealth() {
        LifeDomain d = LifeDomain.MENTAL_HEALTH;
        assertThat(d.getRecoveryStarAreas()).containsExactly("Managing mental health");
        assertThat(d.isRecoveryStarIndirect()).isFalse();
        assertThat(d.getDla20Domains()).containsExactly("Coping skills", "Problem solving");
        assertThat(d.getSdohCategories()).containsExactly("stress");
    }

    @Test
    void safetyIsAnIndirectMapping() {
        LifeDomain d = LifeDomain.SAFETY;
        assertThat(d.getRecoveryStarAreas()).containsExactly("Responsibilities");
        assertThat(d.isRecoveryStarIndirect()).isTrue();
        assertThat(d.getDla20Domains()).containsExactly("Safety");
        assertThat(d.getSdohCategories()).containsExactly("intimate-partner-violence", "elder-abuse");
    }

    @Test
    void otherHasOnlyAnSdohCategory() {
        LifeDomain d = LifeDomain.OTHER;
        assertThat(d.getRecoveryStarAreas()).isEmpty();
        assertThat(d.isRecoveryStarIndirect()).isFalse();
        assertThat(d.getDla20Domains()).isEmpty();
        assertThat(d.getSdohCategories()).containsExactly("sdoh-category-unspecified");
    }

    @Test
    void emptyCellsAreEmptyLists() {
        assertThat(LifeDomain.MEDICATION.getSdohCategories()).isEmpty();
        assertThat(LifeDomain.DIGITAL_ACCESS.getDla20Domains()).isEmpty();
        assertThat(LifeDomain.DIGITAL_ACCESS.isRecoveryStarIndirect()).isTrue();
    }

    @Test
    void listsAreUnmodifiable() {
        assertThatThrownBy(() -> LifeDomain.HOUSING.getSdohCategories().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LifeDomain.OTHER.getRecoveryStarAreas().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void fromCodeAndJson() {
        assertThat(Coded.of(LifeDomain.class, "finances-and-benefits")).isSameAs(LifeDomain.FINANCES_AND_BENEFITS);
        assertThatThrownBy(() -> Coded.of(LifeDomain.class, "money"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown code for LifeDomain");
        JsonMapper m = JsonMapper.builder().build();
        assertThat(m.writeValueAsString(LifeDomain.PEER_AND_SELF_HELP)).isEqualTo("\"peer-and-self-help\"");
        assertThat(m.readValue("\"legal\"", LifeDomain.class)).isSameAs(LifeDomain.LEGAL);
    }

    @Test
    void unknownCodeFailsNamingTheLine() {
        String table = "# comment\n" + HEADER + "mental-health,,false,,\nhousng,,false,,\n";
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(table)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Life domain crosswalk, line 4: code is not a life domain code")
                .extracting(e -> ((ReferenceDataException) e).getLineNumber())
                .isEqualTo(4);
    }

    @Test
    void missingRowFailsNamingTheLineAfterTheTable() {
        StringBuilder table = new StringBuilder(HEADER);
        for (LifeDomain d : LifeDomain.values()) {
            if (d != LifeDomain.MEDICATION && d != LifeDomain.OTHER) {
                table.append(d.getCode()).append(",,false,,\n");
            }
        }
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(table.toString())))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Life domain crosswalk, line 24: no row for the life domains: medication, other");
    }

    @Test
    void repeatedRowFails() {
        String table = HEADER + "legal,,false,,\nlegal,,false,,\n";
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(table)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Life domain crosswalk, line 3: a second row for the same life domain");
    }

    @Test
    void malformedCellsFail() {
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(HEADER + "legal,Work,yes,,\n")))
                .hasMessage("Life domain crosswalk, line 2: recovery_star_indirect must be true or false");
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(HEADER + "legal,,true,,\n")))
                .hasMessage(
                        "Life domain crosswalk, line 2: recovery_star_indirect must be false where recovery_star is empty");
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(HEADER + "legal,,false,,Not A Code\n")))
                .hasMessage("Life domain crosswalk, line 2: sdoh_categories must hold lower-kebab codes");
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader(HEADER + "legal,,false,\n")))
                .hasMessage("Life domain crosswalk, line 2: expected 5 cells, found 4");
        assertThatThrownBy(() -> LifeDomainCrosswalk.read(new StringReader("code,dla20\nlegal,\n")))
                .hasMessage("Life domain crosswalk, line 1: the header must be"
                        + " code,recovery_star,recovery_star_indirect,dla20,sdoh_categories");
    }
}
