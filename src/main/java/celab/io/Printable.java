package celab.io;

/**
 * Makes text from a file or a command line safe to print on one terminal line. Control
 * characters (C0, DEL, C1), line and paragraph separators (U+2028, U+2029), bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), the byte-order
 * mark, lone surrogates (which stand for bytes that were not UTF-8) and the backslash itself are
 * written as escapes: backslash-n, -t, -r, a doubled backslash, else backslash-u and four hex digits. A
 * terminal escape sequence from a file can then neither move the cursor nor recolour the screen,
 * a file name with a newline stays on one line, and right-to-left overrides cannot reorder what
 * the reader sees.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with every character that could break or disguise a line escaped. */
    public static String line(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n && !needsEscape(text, i)) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!needsEscape(text, i)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c); // a valid pair is never escaped (needsEscape said no), kept for clarity
            } else {
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\\' -> sb.append("\\\\");
                    default -> sb.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || c == 0x7F || c == '\\' || (c >= 0x80 && c <= 0x9F)) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
        }
        if (Character.isLowSurrogate(c)) {
            return !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
        }
        return false;
    }
}
