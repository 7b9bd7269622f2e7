package celab.app;

import celab.lesson.GuideStep;
import celab.model.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;

/**
 * What a lesson step does to the window beyond the lab's values: controls hidden (gone from the
 * screen and from the Tab order: not visible, not managed), controls locked (disabled), and
 * mystery values (every loss number "?" until the step is solved — the same switch as F2, so the
 * same coverage). Each change is recorded so that leaving the step puts the window back.
 */
final class StepEffects {
    private final LabWindow window;
    private final Lab lab;
    private final List<Runnable> undo = new ArrayList<>();
    private boolean mystery;
    private boolean hiddenBefore;

    StepEffects(LabWindow window) {
        this.window = window;
        this.lab = window.lab();
    }

    /** Applies the step's hidden, locked and (unless already solved) mystery values. */
    void apply(GuideStep step, boolean solved) {
        undo();
        if (window.root().getScene() == null) {
            // the guide reopened before the window was shown: controls inside a screen exist only
            // once the scene has built its skins, so apply the step as soon as there is a scene
            window.root().sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene was, javafx.scene.Scene now) {
                    window.root().sceneProperty().removeListener(this);
                    if (now != null && window.lab().guide().openProperty().get() && window.guidePanelStep() == step) {
                        apply(step, window.lab().guide().completed().contains(step.id()));
                    }
                }
            });
        }
        window.root().applyCss(); // a screen shown for the first time gets its skins, so lookups find its controls
        List<String> missing = new ArrayList<>();
        for (String id : step.spec().hidden()) {
            Set<Node> nodes = window.root().lookupAll("#" + id);
            if (nodes.isEmpty()) {
                missing.add(id);
            }
            for (Node n : nodes) {
                boolean visible = n.isVisible();
                boolean managed = n.isManaged();
                if (n.visibleProperty().isBound() || n.managedProperty().isBound()) {
                    continue;
                }
                n.setVisible(false);
                n.setManaged(false);
                undo.add(() -> {
                    n.setVisible(visible);
                    n.setManaged(managed);
                });
            }
        }
        for (String id : step.spec().locked()) {
            Set<Node> nodes = window.root().lookupAll("#" + id);
            if (nodes.isEmpty()) {
                missing.add(id);
            }
            for (Node n : nodes) {
                if (n.disableProperty().isBound()) {
                    continue;
                }
                boolean disabled = n.isDisable();
                n.setDisable(true);
                undo.add(() -> n.setDisable(disabled));
            }
        }
        if (!solved && step.spec().mystery().contains("losses")) {
            hiddenBefore = lab.numbersHiddenProperty().get();
            lab.numbersHiddenProperty().set(true);
            lab.guide().mysteryProperty().set(true);
            mystery = true;
        }
        if (!missing.isEmpty()) {
            window.setStatus("This step names controls that are not on the screen: #" + String.join(", #", missing));
        }
    }

    /** Shows the mystery values again; true if there were any. */
    boolean reveal() {
        if (!mystery) {
            return false;
        }
        mystery = false;
        lab.guide().mysteryProperty().set(false);
        lab.numbersHiddenProperty().set(hiddenBefore);
        return true;
    }

    /** Puts back every control the step changed, and reveals its mystery values. */
    void undo() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
        reveal();
    }
}
