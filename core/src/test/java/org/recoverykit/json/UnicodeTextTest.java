package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeTextTest {
    @ParameterizedTest(name = "[{index}] lone surrogate at {1}")
    @CsvSource({
        "'', -1",
        "plain, -1",
        "'é 中文 😀 𝄞', -1",
        "'a\uD800', 1",
        "'\uDC00a', 0",
        "'😀\uDBFF', 2",
        "'\uD83D\uD83D\uDE00', 0",
        "'\uDE00\uD83D', 0",
        "'x😀y\uDFFF', 4"
    })
    void findsTheFirstSurrogateThatIsNotHalfOfAPair(String text, int index) {
        assertThat(UnicodeText.indexOfLoneSurrogate(text)).isEqualTo(index);
        assertThat(UnicodeText.indexOfLoneSurrogate(new StringBuilder(text))).isEqualTo(index);
    }
}
