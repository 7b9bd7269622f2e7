package celab.screen;

import java.util.List;

/** Every screen, in teaching order. A new screen is one class and one line here. */
public final class ScreenCatalog {

    private ScreenCatalog() {
    }

    public static List<Screen> all() {
        return List.of(
                new ExplorerScreen(),
                new AccuracyVsLossScreen(),
                new BatchScreen(),
                new ClippingScreen(),
                new LogitsScreen(),
                new InformationScreen(),
                new TrainingScreen(),
                new YourDataScreen());
    }
}
