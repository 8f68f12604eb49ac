/**
 * The brief's figures: {@link org.mizan.render.figure.FigureLayout} computes a {@link
 * org.mizan.render.figure.Drawing} from a diagram once, and each renderer paints it, so the PDF and the DOCX
 * show the same figure.
 *
 * <p>What a painter can rely on in a laid-out drawing:
 * <ul>
 *   <li>Every {@code Label} is one line: wrapping is done by the layout, with the brief's font, so a painter
 *       never wraps. A label's box already holds its text measured with that font (plus a few points), and its
 *       height is one line (ascent plus descent).</li>
 *   <li>The layouts centre every label ({@code Align.CENTER}); where text must sit flush against something,
 *       the label's box is made just wide enough instead, so no reading of START and END is needed.
 *       {@link org.mizan.render.figure.PngPainter} reads START and END by the text's own direction.</li>
 *   <li>Marks come in painting order: lines first, then boxes with their labels on top; edge labels sit on
 *       white boxes that interrupt lines, never text.</li>
 *   <li>Arabic drawings are mirrored as a whole (but for the map); the text of a label is never reversed: set it right to left
 *       when its first strong character is (as {@code java.text.Bidi} decides).</li>
 *   <li>Line arrows end exactly on the dependent's box border (arrows run from provider to dependent); the
 *       painter draws the head inside the line's length. Lines without arrows are the first leg of a bent edge,
 *       a hairline (0.5 pt or less) leader, a rule inside a node or key, a legend's colour swatch, or the map key's
 *       river sample.</li>
 *   <li>A {@code Path} belongs to the schematic map, which is never mirrored (only its key changes side in
 *       Arabic): a country's outline (the neighbours' cut at the frame), the frame itself (closed, unfilled), a
 *       river (open), or an intelligence centre's diamond marker.</li>
 *   <li>A line with {@code dash} above 0 is dashed (an undated dependency, and its legend sample); painters
 *       dash the shaft only, never the arrow head.</li>
 * </ul>
 */
package org.mizan.render.figure;
