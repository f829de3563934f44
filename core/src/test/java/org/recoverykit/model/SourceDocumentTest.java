package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SourceDocumentTest {
    @Test
    void codesInOrder() {
        assertThat(Arrays.stream(SourceDocument.values()).map(SourceDocument::getCode))
                .containsExactly(
                        "community-support-training-101",
                        "medi-cal-community-supports",
                        "nos-mh22",
                        "str-specification",
                        "peer-to-peer-procedure",
                        "calaim-ecm",
                        "42-cfr-441-301");
    }

    @Test
    void displays() {
        assertThat(SourceDocument.COMMUNITY_SUPPORT_TRAINING_101.getDisplay())
                .isEqualTo("Community Support Training 101");
        assertThat(SourceDocument.CFR_42_441_301.getDisplay())
                .isEqualTo("42 CFR 441.301: person-centered planning process and service plan");
        assertThat(SourceDocument.values())
                .allSatisfy(d -> assertThat(d.getDisplay()).isNotBlank());
    }

    @Test
    void fromCode() {
        assertThat(Coded.of(SourceDocument.class, "42-cfr-441-301")).isSameAs(SourceDocument.CFR_42_441_301);
        assertThatThrownBy(() -> Coded.of(SourceDocument.class, "nos-mh23"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown code for SourceDocument");
    }

    @Test
    void json() {
        JsonMapper m = JsonMapper.builder().build();
        assertThat(m.writeValueAsString(SourceDocument.NOS_MH22)).isEqualTo("\"nos-mh22\"");
        assertThat(m.readValue("\"str-specification\"", SourceDocument.class))
                .isSameAs(SourceDocument.STR_SPECIFICATION);
    }
}
