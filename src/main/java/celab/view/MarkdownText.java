package celab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A lesson's text in the format's small Markdown subset: paragraphs split by blank lines,
 * {@code - } or {@code * } at the start of a line for a bullet, {@code *emphasis*} and
 * {@code **strong**}. Math is plain Unicode (−log ŷ, e⁻¹), so it needs no markup. Wraps to its
 * width like a label.
 */
public final class MarkdownText extends TextFlow {

    public MarkdownText() {
        getStyleClass().add("markdown-text");
    }

    /** Replaces the text. */
    public void setMarkdown(String markdown) {
        getChildren().setAll(render(markdown == null ? "" : markdown));
    }

    /** The text without markup, as a screen reader or a test reads it. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Node n : getChildren()) {
            sb.append(((Text) n).getText());
        }
        return sb.toString();
    }

    static List<Text> render(String markdown) {
        List<Text> out = new ArrayList<>();
        String[] lines = markdown.strip().split("\n");
        boolean first = true;
        boolean blank = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            boolean bullet = line.startsWith("- ") || (line.startsWith("* ") && !line.startsWith("**"));
            if (!first) {
                out.add(new Text(blank ? "\n\n" : bullet ? "\n" : " "));
            }
            if (bullet) {
                out.add(new Text("•  "));
                line = line.substring(2).strip();
            }
            inline(line, out);
            first = false;
            blank = false;
        }
        return out;
    }

    /** Splits *emphasis* and **strong** into styled runs; an unmatched star stays a star. */
    private static void inline(String line, List<Text> out) {
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < line.length()) {
            boolean strong = line.startsWith("**", i);
            String mark = strong ? "**" : "*";
            int end = line.charAt(i) == '*' ? line.indexOf(mark, i + mark.length()) : -1;
            if (end > i + mark.length()) {
                flush(plain, out);
                Text t = new Text(line.substring(i + mark.length(), end));
                t.getStyleClass().add(strong ? "md-strong" : "md-emphasis");
                out.add(t);
                i = end + mark.length();
            } else {
                plain.append(line.charAt(i));
                i++;
            }
        }
        flush(plain, out);
    }

    private static void flush(StringBuilder plain, List<Text> out) {
        if (!plain.isEmpty()) {
            Text t = new Text(plain.toString());
            t.getStyleClass().add("md-plain");
            out.add(t);
            plain.setLength(0);
        }
    }
}
