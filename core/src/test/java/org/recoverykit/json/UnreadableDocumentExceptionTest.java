package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadableDocumentExceptionTest {
    @Test
    void theMessageSaysWhereAsFarAsItIsKnown() {
        assertThat(new UnreadableDocumentException("/person", 3, 7, "duplicate property").getMessage())
                .isEqualTo("/person (line 3, column 7): duplicate property");
        assertThat(new UnreadableDocumentException("/person", 3, -1, "duplicate property").getMessage())
                .isEqualTo("/person (line 3): duplicate property");
        assertThat(new UnreadableDocumentException("", -1, -1, "the document cannot be read from its stream")
                        .getMessage())
                .isEqualTo("document root: the document cannot be read from its stream");
    }
}
