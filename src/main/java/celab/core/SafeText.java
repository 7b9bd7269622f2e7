package celab.core;

/**
 * Text from outside (a file name, a value from a file) made safe to show in one line: control
 * characters, line and paragraph separators, and the bidi controls that could reorder what the
 * reader sees are written as {@code \n}, {@code \x1b}, {@code \u202e}; very long text is cut.
 */
public final class SafeText {

    /** Longer text is cut to this many characters and "…". */
    public static final int MAX_SHOWN = 120;

    private SafeText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8);
        for (int i = 0; i < text.length() && sb.length() < MAX_SHOWN; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (unsafe(c)) {
                sb.append(c <= 0xFF ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
            if (sb.length() >= MAX_SHOWN && i < text.length()) {
                sb.append('…');
            }
        }
        return sb.toString();
    }

    /**
     * Characters that must not reach the screen as they are: C0 and C1 controls, DEL, the line
     * and paragraph separators, the bidi embeddings, overrides and isolates, and the byte order
     * mark / zero-width no-break space.
     */
    public static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF;
    }

    /** True if the text has any character {@link #unsafe} would escape. */
    public static boolean hasUnsafe(String text) {
        return text.codePoints().anyMatch(SafeText::unsafe);
    }
}
