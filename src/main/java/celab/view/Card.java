package celab.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled white panel; screens are built from cards. */
public final class Card extends VBox {

    public Card(String title, Node... content) {
        getStyleClass().add("card");
        if (title != null && !title.isEmpty()) {
            Label t = new Label(title);
            t.getStyleClass().add("card-title");
            getChildren().add(t);
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
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
