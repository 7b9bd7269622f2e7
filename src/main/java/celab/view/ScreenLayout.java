package celab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * One screen's view, in the spirit of PhET's ScreenView: a play area with the screen's main
 * pictures, which take the space that is left, and control panels, which reflow.
 *
 * <ul>
 *   <li><b>Wide</b>: the side panels (controls) form a column on the left that scrolls on its own;
 *       the play column on the right holds the head panels (readouts), the pictures, which fill the
 *       height that is left, and the foot panels.</li>
 *   <li><b>Stacked</b>, when the play column would get narrower than {@link #PLAY_MIN_EM}: one
 *       column, head panels, pictures, then the side and foot panels, side by side where there is
 *       room for two; the screen scrolls vertically.</li>
 *   <li><b>Compact</b> (presentation): the head and foot panels join the side column, so the
 *       pictures get the whole play column; the foot panels get a title button that folds them.</li>
 * </ul>
 *
 * Sizes are in em of the zoomed font, so a larger zoom reflows sooner. Pictures are marked with
 * the style class {@code main-picture}.
 */
public final class ScreenLayout extends Region {
    /** Below this (in em) the play column does not go beside the side column: the screen stacks. */
    public static final double PLAY_MIN_EM = 20;
    /** The smallest picture (in em) before pictures wrap to the next row. */
    static final double PICTURE_MIN_W_EM = 13;
    static final double PICTURE_MIN_H_EM = 15;
    static final double PICTURE_MAX_H_EM = 30;
    /** The root font at zoom 100%, as in the window's CSS. */
    static final double BASE_FONT = 14;

    /** How the screen is laid out right now. */
    public enum Mode { WIDE, STACKED }

    private final List<Node> pictures = new ArrayList<>();
    private final java.util.Map<Node, Double> comfortEm = new java.util.HashMap<>();
    private int maxPictureColumns = Integer.MAX_VALUE;
    private final List<Node> side = new ArrayList<>();
    private final List<Node> head = new ArrayList<>();
    private final List<Node> foot = new ArrayList<>();
    private final Columns sideColumn = new Columns();
    private final ScrollPane sideScroll = new ScrollPane(sideColumn);
    private final DoubleProperty em = new SimpleDoubleProperty(this, "em", 14);
    private final DoubleProperty sideWidthEm = new SimpleDoubleProperty(this, "sideWidthEm", 26);
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact", false);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.WIDE);

    /** A layout that follows the theme: 1 em = 14 px × zoom; compact in the projector palette. */
    public static ScreenLayout following(celab.plot.Theme theme) {
        ScreenLayout l = new ScreenLayout();
        l.emProperty().bind(theme.zoomProperty().multiply(BASE_FONT));
        l.compactProperty().bind(theme.projectorProperty());
        return l;
    }

    public ScreenLayout() {
        getStyleClass().addAll("screen", "screen-layout");
        sideScroll.getStyleClass().add("side-scroll");
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sideColumn.getStyleClass().add("side-column");
        getChildren().add(sideScroll);
        em.addListener((o, was, now) -> {
            sideColumn.setGap(gap());
            requestLayout();
        });
        sideWidthEm.addListener((o, was, now) -> requestLayout());
        compact.addListener((o, was, now) -> arrange());
    }

    // Properties

    /** The size of 1 em in px (the zoomed root font); screens bind it to the theme's zoom. */
    public DoubleProperty emProperty() {
        return em;
    }

    /** The side column's width in em (in the wide mode). */
    public DoubleProperty sideWidthEmProperty() {
        return sideWidthEm;
    }

    /** Presentation: head and foot panels join the side column, foot panels can be folded. */
    public BooleanProperty compactProperty() {
        return compact;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The main pictures, in order. */
    public List<Node> pictures() {
        return List.copyOf(pictures);
    }

    /**
     * A wide table (the batch grid, the two roads' steps) in a box that scrolls sideways when the
     * column is narrower than the table, so that a large zoom neither cuts it nor widens the screen.
     */
    public static ScrollPane sideways(Node wide) {
        return new Sideways(wide);
    }

    /** A scroll pane as tall as its content at the width it gets, plus the scroll bar when it shows. */
    static final class Sideways extends ScrollPane {
        Sideways(Node wide) {
            super(wide);
            getStyleClass().add("sideways");
            setFitToWidth(true);
            setFitToHeight(true);
            setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
            setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
            setFocusTraversable(false);
            setMinWidth(0);
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            Node c = getContent();
            double w = width > 0 ? width - snappedLeftInset() - snappedRightInset() : c.prefWidth(-1);
            double min = c.minWidth(-1);
            double h = c.prefHeight(Math.max(w, min)) + snappedTopInset() + snappedBottomInset();
            return Math.ceil(h + (min > w + 1 ? 18 : 0)); // room for the scroll bar when it shows
        }
    }

    // Building

    /** The main pictures (usually cards holding a plot): they take the space that is left. */
    public ScreenLayout pictures(Node... nodes) {
        for (Node n : nodes) {
            n.getStyleClass().add("main-picture");
            pictures.add(n);
        }
        arrange();
        return this;
    }

    /**
     * The width (in em) below which a picture should rather have a row of its own than share one:
     * a table that would otherwise scroll sideways.
     */
    public ScreenLayout comfortableWidth(Node picture, double em) {
        comfortEm.put(picture, em);
        requestLayout();
        return this;
    }

    /**
     * At most this many pictures in a row: a screen with many pictures would otherwise stand them
     * in one row of thin slices on a wide window.
     */
    public ScreenLayout maxPictureColumns(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one picture per row, got " + n);
        }
        maxPictureColumns = n;
        requestLayout();
        return this;
    }

    /** Control panels: the left column when wide. */
    public ScreenLayout side(Node... nodes) {
        side.addAll(List.of(nodes));
        arrange();
        return this;
    }

    /** Panels above the pictures (readouts). */
    public ScreenLayout head(Node... nodes) {
        head.addAll(List.of(nodes));
        arrange();
        return this;
    }

    /** Panels under the pictures (explanations, puzzles); they can be folded in presentation. */
    public ScreenLayout foot(Node... nodes) {
        foot.addAll(List.of(nodes));
        arrange();
        return this;
    }

    /** Puts every node in its container for the current compact setting. */
    private void arrange() {
        boolean c = compact.get();
        List<Node> inSide = new ArrayList<>(side);
        if (c) {
            inSide.addAll(0, head);
            inSide.addAll(foot);
        }
        List<Node> own = new ArrayList<>();
        own.add(sideScroll);
        if (!c) {
            own.addAll(head);
            own.addAll(foot);
        }
        own.addAll(pictures);
        sideColumn.getChildren().setAll(inSide);
        getChildren().setAll(own);
        for (Node n : foot) {
            if (n instanceof Card card) {
                card.setCollapsible(c);
            }
        }
        requestLayout();
    }

    // Layout

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL; // the height follows the width (reflow)
    }

    private double gap() {
        return em.get();
    }

    /**
     * The head, foot and picture panels' heights (see {@link HeightCache}). The side column is
     * not cached here: it sits in a scroll pane, where a change in it stops; it keeps its own.
     */
    private final HeightCache heights = new HeightCache();

    @Override
    public void requestLayout() {
        if (heights != null) { // null while the superclass constructor runs
            heights.clear();
        }
        super.requestLayout();
    }

    private double prefHeightOf(Node n, double width) {
        return heights.pref(n, width);
    }

    private double minHeightOf(Node n, double width) {
        return heights.min(n, width);
    }


    /** Room for the side column's scroll bar, so that it never covers or squeezes a panel. */
    private double gutter() {
        return em.get();
    }

    /** The side column with its scroll bar's room and the gap after it; nothing when it is empty. */
    private double sideRoom() {
        return sideColumn.getChildren().isEmpty() ? 0 : sideWidth() + gutter() + gap();
    }

    private double sideWidth() {
        double w = sideWidthEm.get() * em.get();
        for (Node n : sideColumn.getChildren()) {
            w = Math.max(w, n.minWidth(-1));
        }
        return w;
    }

    private Mode modeFor(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double play = PLAY_MIN_EM * em.get();
        for (Node p : pictures) {
            play = Math.max(play, p.minWidth(-1));
        }
        if (!compact.get()) {
            for (Node n : head) {
                play = Math.max(play, n.minWidth(-1));
            }
            for (Node n : foot) {
                play = Math.max(play, n.minWidth(-1));
            }
        }
        return inner - sideRoom() >= play ? Mode.WIDE : Mode.STACKED;
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = Math.max(PICTURE_MIN_W_EM * em.get(), sideColumn.minWidth(-1));
        for (Node n : getChildren()) {
            if (n != sideScroll && n.isManaged()) {
                w = Math.max(w, n.minWidth(-1));
            }
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + sideRoom() + 2 * PICTURE_MIN_W_EM * em.get() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return heightFor(width < 0 ? getWidth() : width, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightFor(width < 0 ? getWidth() : width, false);
    }

    /** The height the layout needs at this width: the play column's minimum, or the whole stack. */
    private double heightFor(double width, boolean min) {
        if (width <= 0) {
            width = computePrefWidth(-1);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        double h;
        if (modeFor(width) == Mode.WIDE) {
            double play = inner - sideRoom();
            h = panelsHeight(play) + picturesHeight(play, -1);
            if (!min) {
                h = Math.max(h, sideColumn.prefHeight(sideWidth())); // in a scroll pane: its changes stop there, so not cached
            }
        } else {
            sideColumn.setColumns(stackedColumns(inner));
            h = panelsHeight(inner) + stackedPicturesHeight(inner) + gap() + stackedSideHeight(inner);
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    /** The head and foot panels' height in the play column, with the gaps below/above them. */
    private double panelsHeight(double width) {
        if (compact.get()) {
            return 0;
        }
        return headHeight(width) + bandHeight(foot, width);
    }

    private int pictureColumns(double width) {
        double min = PICTURE_MIN_W_EM * em.get();
        for (Node p : pictures) {
            min = Math.max(min, p.minWidth(-1));
            min = Math.max(min, Math.min(width, comfortEm.getOrDefault(p, 0.0) * em.get()));
        }
        int cols = (int) Math.floor((width + gap()) / (min + gap()));
        return Math.max(1, Math.min(Math.min(pictures.size(), maxPictureColumns), cols));
    }

    /**
     * The pictures' height: the room given (wide mode: what is left of the viewport), but at least
     * {@link #PICTURE_MIN_H_EM} per row; with {@code room < 0}, a comfortable height for a stack.
     */
    private double picturesHeight(double width, double room) {
        int cols = pictureColumns(width);
        int rows = (pictures.size() + cols - 1) / cols;
        double cellW = (width - (cols - 1) * gap()) / cols;
        double minRow = minRowHeight(cellW);
        double need = rows * minRow + (rows - 1) * gap();
        if (room < 0) {
            return need;
        }
        return Math.max(need, room);
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double w = getWidth() - x0 - snappedRightInset();
        double h = getHeight() - y0 - snappedBottomInset();
        Mode m = modeFor(getWidth());
        mode.set(m);
        if (m == Mode.WIDE) {
            double room = snapSizeX(sideRoom());
            sideColumn.setColumns(1);
            sideScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
            sideScroll.resizeRelocate(x0, y0, Math.max(0, room - gap()), h);
            double px = x0 + room;
            double pw = w - room;
            double y = compact.get() ? y0 : layoutHead(px, y0, pw);
            double footH = 0;
            if (!compact.get()) {
                footH = bandHeight(foot, pw);
            }
            double left = h - (y - y0) - footH;
            double ph = picturesHeight(pw, left);
            layoutPictures(px, y, pw, ph);
            y += ph + gap();
            if (!compact.get()) {
                layoutBand(foot, px, y, pw);
            }
        } else {
            double y = compact.get() ? y0 : layoutHead(x0, y0, w);
            double ph = stackedPicturesHeight(w);
            layoutPictures(x0, y, w, ph);
            y += ph + gap();
            sideColumn.setColumns(stackedColumns(w));
            // the whole screen scrolls here: the side panels' box is as tall as they are
            sideScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            double sh = stackedSideHeight(w);
            sideScroll.resizeRelocate(x0, y, w, sh);
            y += sh + gap();
            if (!compact.get()) {
                layoutBand(foot, x0, y, w);
            }
        }
    }

    /** The side panels' box in a stack: as tall as its panels at the width its viewport gets. */
    private double stackedSideHeight(double width) {
        double inner = width - sideScroll.snappedLeftInset() - sideScroll.snappedRightInset();
        return Math.ceil(sideColumn.prefHeight(inner) + sideScroll.snappedTopInset() + sideScroll.snappedBottomInset()) + 2;
    }

    /** Side panels two abreast when both fit at the side column's width, else one above the other. */
    private int stackedColumns(double width) {
        double one = sideWidth();
        return width >= 2 * one + gap() && sideColumn.getChildren().size() > 1 ? 2 : 1;
    }

    /**
     * Panels side by side when there is room (widths in proportion to their preferred widths, none
     * under its minimum or {@link #PICTURE_MIN_W_EM}), else null: one above the other.
     */
    private double[] bandWidths(List<Node> band, double width) {
        int n = band.size();
        if (n < 2) {
            return null;
        }
        double free = width - (n - 1) * gap();
        double sum = 0;
        for (Node p : band) {
            sum += Math.max(1, p.prefWidth(-1));
        }
        double[] ws = new double[n];
        for (int i = 0; i < n; i++) {
            Node p = band.get(i);
            ws[i] = free * Math.max(1, p.prefWidth(-1)) / sum;
            if (ws[i] < Math.max(PICTURE_MIN_W_EM * em.get(), p.minWidth(-1))) {
                return null;
            }
        }
        return ws;
    }

    private double[] headWidths(double width) {
        return bandWidths(head, width);
    }

    private double headHeight(double width) {
        return bandHeight(head, width);
    }

    private double layoutHead(double x, double y, double width) {
        return layoutBand(head, x, y, width);
    }

    /** A band's height with the gap under it. */
    private double bandHeight(List<Node> band, double width) {
        double[] ws = bandWidths(band, width);
        double h = 0;
        if (ws != null) {
            for (int i = 0; i < band.size(); i++) {
                h = Math.max(h, prefHeightOf(band.get(i), ws[i]));
            }
            return h + gap();
        }
        for (Node n : band) {
            h += prefHeightOf(n, width) + gap();
        }
        return h;
    }

    /** Lays out a band of panels from (x, y); returns the y under it. */
    private double layoutBand(List<Node> band, double x, double y, double width) {
        double[] ws = bandWidths(band, width);
        if (ws != null) {
            double h = bandHeight(band, width) - gap();
            double cx = x;
            for (int i = 0; i < band.size(); i++) {
                band.get(i).resizeRelocate(snapPositionX(cx), y, snapSizeX(ws[i]), h);
                cx += ws[i] + gap();
            }
            return y + h + gap();
        }
        for (Node n : band) {
            double nh = prefHeightOf(n, width);
            n.resizeRelocate(x, y, width, nh);
            y += nh + gap();
        }
        return y;
    }

    /** In a stack, each row of pictures is about as tall as it is wide, within bounds. */
    private double stackedPicturesHeight(double width) {
        int cols = pictureColumns(width);
        int rows = (pictures.size() + cols - 1) / cols;
        double cellW = (width - (cols - 1) * gap()) / cols;
        double row = Math.max(minRowHeight(cellW), Math.min(PICTURE_MAX_H_EM * em.get(), cellW * 0.75));
        return rows * row + (rows - 1) * gap();
    }

    /**
     * The least height of a row of pictures: {@link #PICTURE_MIN_H_EM}, each picture's minimum,
     * and three quarters of its preferred height (a card's wrapped title and note come off its
     * plot); below this the screen scrolls rather than squeezing the plots.
     */
    private double minRowHeight(double cellW) {
        double row = PICTURE_MIN_H_EM * em.get();
        for (Node p : pictures) {
            row = Math.max(row, Math.max(minHeightOf(p, cellW), 0.75 * prefHeightOf(p, cellW)));
        }
        return row;
    }

    private void layoutPictures(double x, double y, double w, double h) {
        int cols = pictureColumns(w);
        int rows = (pictures.size() + cols - 1) / cols;
        double cellH = (h - (rows - 1) * gap()) / rows;
        for (int i = 0; i < pictures.size(); i++) {
            int r = i / cols;
            int inRow = Math.min(cols, pictures.size() - r * cols);
            int c = i % cols;
            double cellW = (w - (inRow - 1) * gap()) / inRow;
            pictures.get(i).resizeRelocate(snapPositionX(x + c * (cellW + gap())), snapPositionY(y + r * (cellH + gap())),
                    snapSizeX(cellW), snapSizeY(cellH));
        }
    }

    /** Panels in one or more columns, each panel going to the shortest column. */
    static final class Columns extends javafx.scene.layout.Pane {
        private int columns = 1;
        private double gap = 14;
        private final HeightCache panelHeights = new HeightCache();

        @Override
        public void requestLayout() {
            if (panelHeights != null) { // null while the superclass constructor runs
                panelHeights.clear();
            }
            super.requestLayout();
        }

        void setColumns(int n) {
            if (n != columns) {
                columns = n;
                requestLayout();
            }
        }

        void setGap(double g) {
            if (g != gap) {
                gap = g;
                requestLayout();
            }
        }

        private double gap() {
            return gap;
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL; // wrapped text: the height follows the width
        }

        private double columnWidth(double width) {
            return (width - (columns - 1) * gap()) / columns;
        }

        @Override
        protected double computeMinWidth(double height) {
            double w = 0;
            for (Node n : getManagedChildren()) {
                w = Math.max(w, n.minWidth(-1));
            }
            return w; // at its narrowest the box falls back to one column
        }

        @Override
        protected double computePrefWidth(double height) {
            return computeMinWidth(height);
        }

        @Override
        protected double computePrefHeight(double width) {
            double[] heights = place(width < 0 ? getWidth() : width, false);
            double h = 0;
            for (double v : heights) {
                h = Math.max(h, v);
            }
            return Math.max(0, h - gap());
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            place(getWidth(), true);
        }

        /** Puts each panel in the shortest column; returns the columns' heights. */
        private double[] place(double width, boolean move) {
            double cw = columnWidth(width);
            double[] heights = new double[columns];
            for (Node n : getManagedChildren()) {
                int best = 0;
                for (int i = 1; i < columns; i++) {
                    if (heights[i] < heights[best]) {
                        best = i;
                    }
                }
                double nh = panelHeights.pref(n, cw);
                if (move) {
                    n.resizeRelocate(snapPositionX(best * (cw + gap())), snapPositionY(heights[best]),
                            snapSizeX(cw), snapSizeY(nh));
                }
                heights[best] += nh + gap();
            }
            return heights;
        }
    }
}
