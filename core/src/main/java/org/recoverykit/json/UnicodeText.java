package org.recoverykit.json;

/**
 * Checks that Java text is Unicode text, as every reader of the library requires of strings and names.
 *
 * <p>A {@code String} may hold half of a surrogate pair alone, which no Unicode character is and no UTF-8
 * encoder can write: escaped JSON such as <code>"&#92;ud800"</code> and characters from a {@code Reader} can
 * bring one in. This class is thread-safe.
 */
public final class UnicodeText {
    private UnicodeText() {}

    /**
     * Gets the index of the first surrogate of a text that is not half of a pair, high then low.
     *
     * @param text the text, not null
     * @return the index of the first lone surrogate, or -1 if the text is Unicode text
     */
    public static int indexOfLoneSurrogate(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
