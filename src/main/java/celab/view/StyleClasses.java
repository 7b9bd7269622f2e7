package celab.view;

import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Style classes that change only when they must. Any edit of a node's style classes, even
 * removing a class and adding it straight back, makes JavaFX style the node and everything in it
 * afresh on the next pulse, which costs more than the rest of a slider step; views that refresh
 * on every step set their classes through here.
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** Gives the node {@code chosen} (none of them when null) and no other class of {@code group}. */
    public static void pick(Node node, String chosen, String... group) {
        ObservableList<String> classes = node.getStyleClass();
        boolean right = chosen == null || classes.contains(chosen);
        for (String g : group) {
            if (!g.equals(chosen) && classes.contains(g)) {
                right = false;
                break;
            }
        }
        if (right) {
            return;
        }
        for (String g : group) {
            if (!g.equals(chosen)) {
                classes.removeAll(g);
            }
        }
        if (chosen != null && !classes.contains(chosen)) {
            classes.add(chosen);
        }
    }

    /** Adds the class when {@code on}, removes it otherwise. */
    public static void toggle(Node node, String name, boolean on) {
        ObservableList<String> classes = node.getStyleClass();
        if (on && !classes.contains(name)) {
            classes.add(name);
        } else if (!on && classes.contains(name)) {
            classes.removeAll(name);
        }
    }
}
