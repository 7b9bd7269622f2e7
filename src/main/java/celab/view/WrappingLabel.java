package celab.view;

import javafx.scene.control.Label;

/**
 * A label that wraps its text and remembers its height at a width until it changes. JavaFX
 * measures wrapped text from scratch at every query (it caches a size only for the width -1), and
 * a slider step asks again for every panel around the values that changed. A change of text, font,
 * style or padding makes the label request layout, which forgets the height, just as JavaFX
 * forgets its own cached sizes.
 */
public class WrappingLabel extends Label {
    private double prefWidthAsked = Double.NaN;
    private double prefHeight;

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width != prefWidthAsked) {
            prefHeight = super.computePrefHeight(width);
            prefWidthAsked = width;
        }
        return prefHeight;
    }

    @Override
    public void requestLayout() {
        prefWidthAsked = Double.NaN;
        super.requestLayout();
    }
}
