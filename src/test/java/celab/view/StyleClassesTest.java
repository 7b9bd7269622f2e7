package celab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/** Style classes change only when they must: an unneeded edit would make JavaFX restyle the node. */
class StyleClassesTest {

    private static int[] countChanges(Pane node) {
        int[] changes = {0};
        node.getStyleClass().addListener((ListChangeListener<String>) c -> changes[0]++);
        return changes;
    }

    @Test
    void pickingTheClassAlreadyThereChangesNothing() {
        Pane node = new Pane();
        node.getStyleClass().addAll("value", "good");
        int[] changes = countChanges(node);
        StyleClasses.pick(node, "good", "good", "bad");
        StyleClasses.pick(node, "good", "good", "bad");
        assertEquals(0, changes[0]);
        assertEquals(List.of("value", "good"), node.getStyleClass());
    }

    @Test
    void pickingAnotherSwapsItAndKeepsTheRest() {
        Pane node = new Pane();
        node.getStyleClass().addAll("value", "good");
        StyleClasses.pick(node, "bad", "good", "bad");
        assertEquals(List.of("value", "bad"), node.getStyleClass());
        StyleClasses.pick(node, null, "good", "bad");
        assertEquals(List.of("value"), node.getStyleClass());
        int[] changes = countChanges(node);
        StyleClasses.pick(node, null, "good", "bad");
        assertEquals(0, changes[0]);
    }

    @Test
    void pickingRemovesDuplicatesOfTheOthers() {
        Pane node = new Pane();
        node.getStyleClass().addAll("bad", "good", "bad");
        StyleClasses.pick(node, "good", "good", "bad");
        assertEquals(List.of("good"), node.getStyleClass());
    }

    @Test
    void toggleChangesOnlyOnAChange() {
        Pane node = new Pane();
        int[] changes = countChanges(node);
        StyleClasses.toggle(node, "hot", false);
        assertEquals(0, changes[0]);
        StyleClasses.toggle(node, "hot", true);
        StyleClasses.toggle(node, "hot", true);
        assertEquals(1, changes[0]);
        assertEquals(List.of("hot"), node.getStyleClass());
        StyleClasses.toggle(node, "hot", false);
        assertEquals(2, changes[0]);
        assertEquals(List.of(), node.getStyleClass());
    }
}
