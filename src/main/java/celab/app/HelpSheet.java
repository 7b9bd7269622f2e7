package celab.app;

import celab.screen.Screen;
import celab.screen.ScreenHelp;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The "?" of a screen: what to look at and what to try, on a card over the screen. Esc closes it. */
final class HelpSheet extends StackPane {

    HelpSheet(Screen screen, Runnable close) {
        setId("screen-help");
        getStyleClass().add("overlay");
        ScreenHelp help = ScreenHelp.of(screen);
        Label heading = new Label(screen.title() + " — what to do here");
        heading.getStyleClass().add("screen-title");
        VBox card = new VBox(10, heading, section("Look at", "help-look", help.lookAt()),
                section("Try", "help-try", help.tryThis()));
        Button ok = new Button("Close (Esc)");
        ok.setId("help-close");
        ok.setOnAction(e -> close.run());
        card.getChildren().add(ok);
        card.getStyleClass().addAll("card", "sheet-card", "help-card");
        card.setMaxSize(760, USE_PREF_SIZE);
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close.run();
            }
        });
    }

    private static VBox section(String title, String id, java.util.List<String> items) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        VBox box = new VBox(6, t);
        box.setId(id);
        for (String item : items) {
            Label l = new Label("•  " + item);
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
            l.getStyleClass().add("help-item");
            box.getChildren().add(l);
        }
        return box;
    }
}
