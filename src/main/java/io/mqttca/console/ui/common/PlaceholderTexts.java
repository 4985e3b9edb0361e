package io.mqttca.console.ui.common;

/**
 * What a list's placeholder says in each state, in the words of its screen.
 *
 * @param noTarget    nothing selected to list from ("Select an instance ...")
 * @param loading     the first load runs
 * @param empty       the list has no items
 * @param emptyDetail a second line for the empty list
 * @param noMatchKey  the bundle key of "nothing matches {0}", filled with the filter text
 * @param error       the load failed
 */
public record PlaceholderTexts(String noTarget, String loading, String empty, String emptyDetail, String noMatchKey,
                               String error) {
}
