package io.mqttca.console.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A list beside its details pane, where the details pane shows only while it has something to show and the operator
 * has not hidden it: an empty details pane gives its width back to the list, which a laptop screen cannot spare.
 * The pane keeps its width in pixels when the window is resized, and comes back at the width it had.
 */
public final class CollapsibleSplit {

    /** Narrower than this, the details pane's toolbar is cut; wider than this share, the list is starved. */
    static final double MIN_DETAILS_WIDTH = 280;
    static final double MAX_DETAILS_SHARE = 0.5;

    private final SplitPane split = new SplitPane();
    private final Node details;
    private final ObservableBooleanValue hasContent;
    private final BooleanProperty wanted = new SimpleBooleanProperty(true);
    private double detailsShare;

    /**
     * @param list         the list (left), which takes what the details pane leaves
     * @param details      the details pane (right)
     * @param hasContent   true while the details pane has something to show (a row is selected)
     * @param detailsShare the details pane's share of the split's width to start with (0..1)
     */
    public CollapsibleSplit(Node list, Node details, ObservableBooleanValue hasContent, double detailsShare) {
        this.details = details;
        this.hasContent = hasContent;
        this.detailsShare = clampShare(detailsShare);
        SplitPane.setResizableWithParent(details, false);
        split.getItems().add(list);
        split.getStyleClass().add("screen-split");
        hasContent.addListener(observable -> update());
        wanted.addListener(observable -> update());
        split.widthProperty().addListener(observable -> keepDetailsFitting());
        update();
    }

    public SplitPane node() {
        return split;
    }

    /** Whether the operator wants the details pane (View &gt; Details pane); it still hides while empty. */
    public BooleanProperty wantedProperty() {
        return wanted;
    }

    /** Shows the pane when hidden, hides it when shown. */
    public void toggle() {
        wanted.set(!wanted.get());
    }

    /** True while the details pane is on screen. */
    public boolean isShowing() {
        return split.getItems().contains(details);
    }

    /** The details pane's share of the split's width: now when it shows, the last one when it is hidden. */
    public double detailsShare() {
        if (isShowing() && split.getDividerPositions().length == 1) {
            detailsShare = clampShare(1 - split.getDividerPositions()[0]);
        }
        return detailsShare;
    }

    private void update() {
        boolean show = wanted.get() && hasContent.get();
        if (show && !isShowing()) {
            split.getItems().add(details);
            split.setDividerPositions(1 - clampedToWidth(detailsShare));
        } else if (!show && isShowing()) {
            detailsShare();
            split.getItems().remove(details);
        }
    }

    /** A window made narrower must not leave the list with less than half the split. */
    private void keepDetailsFitting() {
        if (isShowing() && split.getDividerPositions().length == 1) {
            double share = 1 - split.getDividerPositions()[0];
            double fitted = clampedToWidth(share);
            if (fitted != share) {
                split.setDividerPositions(1 - fitted);
            }
        }
    }

    private double clampedToWidth(double share) {
        double width = split.getWidth();
        if (width <= 0) {
            return share;
        }
        double min = Math.min(MAX_DETAILS_SHARE, MIN_DETAILS_WIDTH / width);
        return Math.max(min, Math.min(MAX_DETAILS_SHARE, share));
    }

    private static double clampShare(double share) {
        return share > 0.05 && share <= MAX_DETAILS_SHARE ? share : 0.28;
    }
}
