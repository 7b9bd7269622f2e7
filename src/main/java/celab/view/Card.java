package celab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A titled white panel; screens are built from cards. A titled card can be made collapsible
 * (presentation mode folds secondary panels to their title): its title becomes a button that
 * shows or hides the rest.
 */
public final class Card extends VBox {
    private final String title;
    private Label titleLabel;
    private Button toggle;
    private boolean collapsed;
    private final List<Node> folded = new ArrayList<>();

    public Card(String title, Node... content) {
        this.title = title;
        getStyleClass().add("card");
        if (title != null && !title.isEmpty()) {
            titleLabel = new Label(title);
            titleLabel.getStyleClass().add("card-title");
            titleLabel.setWrapText(true); // a narrow column wraps the title rather than cutting it
            titleLabel.setMinHeight(Label.USE_PREF_SIZE);
            getChildren().add(titleLabel);
        }
        getChildren().addAll(content);
    }

    /** A card whose last child takes the spare height (for plots). */
    public static Card growing(String title, Node... content) {
        Card c = new Card(title, content);
        if (content.length > 0) {
            VBox.setVgrow(content[content.length - 1], Priority.ALWAYS);
        }
        return c;
    }

    /** A short explanatory paragraph in the card's hint style. */
    public static Label hint(String text) {
        Label l = new WrappingLabel(text);
        l.getStyleClass().add("hint");
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /**
     * Gives the card a title button that folds it to its title and opens it again (it starts
     * open), or makes it a plain card again. A card without a title never folds.
     */
    public void setCollapsible(boolean on) {
        if (titleLabel == null || on == (toggle != null)) {
            return;
        }
        if (on) {
            toggle = new Button();
            toggle.getStyleClass().add("card-toggle");
            toggle.setWrapText(true);
            toggle.setMinHeight(Button.USE_PREF_SIZE);
            toggle.setMaxWidth(Double.MAX_VALUE);
            toggle.setOnAction(e -> setCollapsed(!collapsed));
            getChildren().set(getChildren().indexOf(titleLabel), toggle);
            setCollapsed(false); // open at first: the presenter folds what the class need not see
        } else {
            setCollapsed(false);
            getChildren().set(getChildren().indexOf(toggle), titleLabel);
            toggle = null;
        }
    }

    public boolean isCollapsed() {
        return collapsed;
    }

    /** Hides everything but the title (only for a collapsible card). */
    public void setCollapsed(boolean c) {
        if (toggle == null) {
            return;
        }
        collapsed = c;
        if (c) {
            for (Node n : getChildren()) {
                if (n != toggle && n.isVisible()) {
                    folded.add(n);
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
        } else {
            for (Node n : folded) {
                n.setVisible(true);
                n.setManaged(true);
            }
            folded.clear();
        }
        toggle.setText((c ? "▸ " : "▾ ") + title);
        toggle.setAccessibleText(title + (c ? ", folded: press to show" : ", open: press to fold"));
    }
}
