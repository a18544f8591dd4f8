package org.teixit.analysis.diagnose;

/**
 * When the diagnosis reports something, and how urgent it is. Shares are fractions (0.5 = 50%).
 *
 * <table>
 *   <caption>Findings and their severities</caption>
 *   <tr><th>kind</th><th>reported when</th><th>severity</th></tr>
 *   <tr><td>isolate</td><td>an actor has no tie to another actor</td><td>warning</td></tr>
 *   <tr><td>separate-group</td><td>a component of 2 or more actors other than the largest one</td>
 *       <td>warning; critical when it holds at least {@link #LARGE_PART_SHARE} of the actors</td></tr>
 *   <tr><td>cut-actor</td><td>an articulation point; {@code cutOff} = actors that would lose their link
 *       with the largest remaining part</td><td>info when it cuts off 1 actor, warning for 2 or more, critical
 *       for at least {@link #LARGE_PART_MIN} and {@link #LARGE_PART_SHARE} of the actors</td></tr>
 *   <tr><td>bridge-tie</td><td>a bridge with 2 or more actors on each side (bridges to a single actor are
 *       that actor's peripheral finding)</td><td>warning; critical when the smaller side has at least
 *       {@link #LARGE_PART_MIN} actors and {@link #LARGE_PART_SHARE} of all</td></tr>
 *   <tr><td>weak-mesosystem</td><td>two settings with actors have at most {@link #FEW_SUPPORTIVE} supportive
 *       ties between them</td><td>none: warning (critical for family–school); one: info (warning for
 *       family–school)</td></tr>
 *   <tr><td>dimension-gap</td><td>the map has ties and no tie serves a dimension; or, with at least {@link
 *       #MIN_TIES_FOR_SHARES} ties, under {@link #FEW_DIMENSION_SHARE} of them do; or no tie has any
 *       dimension (one finding)</td><td>none: critical; few: warning; untagged map: warning</td></tr>
 *   <tr><td>over-centralized</td><td>with at least {@link #MIN_ACTORS_CENTRALIZED} actors, one actor's
 *       betweenness, or its share of all brokerage (when there are at least {@link #MIN_BROKERAGE} brokered
 *       contacts), reaches {@link #CENTRALIZED_WARNING}</td><td>warning; critical from {@link
 *       #CENTRALIZED_CRITICAL}</td></tr>
 *   <tr><td>one-sided</td><td>an actor has directed ties that no tie answers in the other direction (a
 *       directed tie back or an undirected tie); undirected ties are never one-sided</td><td>info; warning
 *       from {@link #MANY_ONE_SIDED} such ties</td></tr>
 *   <tr><td>peripheral</td><td>an actor with a single tie; or, in the largest part (of at least {@link
 *       #MIN_ACTORS_FOR_FAR} actors), one whose closeness is under {@link #FAR_CLOSENESS_RATIO} of the
 *       median there</td><td>info</td></tr>
 * </table>
 * Per-actor kinds list at most {@link #MAX_PER_KIND} findings each; the rest are gathered in one more finding
 * of the same kind, with the highest severity among them.
 */
public final class Thresholds {
    public static final int LARGE_PART_MIN = 3;
    public static final double LARGE_PART_SHARE = 0.10;
    public static final int FEW_SUPPORTIVE = 1;
    public static final int MIN_TIES_FOR_SHARES = 10;
    public static final double FEW_DIMENSION_SHARE = 0.10;
    public static final int MIN_ACTORS_CENTRALIZED = 5;
    public static final long MIN_BROKERAGE = 10;
    public static final double CENTRALIZED_WARNING = 0.5;
    public static final double CENTRALIZED_CRITICAL = 0.75;
    public static final int MANY_ONE_SIDED = 3;
    public static final int MIN_ACTORS_FOR_FAR = 10;
    public static final double FAR_CLOSENESS_RATIO = 2.0 / 3.0;
    public static final int MAX_PER_KIND = 25;

    private Thresholds() {
    }

    /** Whether a part of {@code size} actors out of {@code total} is large enough to be critical. */
    static boolean largePart(int size, int total) {
        return size >= LARGE_PART_MIN && size >= LARGE_PART_SHARE * total;
    }
}
