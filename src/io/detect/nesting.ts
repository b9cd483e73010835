/**
 * How deeply a markup text nests its elements, counted before parsing. htmlparser2 keeps its
 * open elements in an array it grows at the front, so each level of nesting costs as much as all
 * levels above it: 200,000 nested `<div>`s take half a minute. Real pages and Word documents
 * nest a few dozen levels; a text nesting thousands is refused before it reaches the parser.
 */

/** Deeper than any real page or document. */
export const MAX_NESTING = 5_000;

/** HTML elements that have no end tag, or whose end tag the parser implies: they do not nest. */
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li td th tr option dt dd thead tbody tfoot colgroup caption html head body'.split(
    ' ',
  ),
);

// A tag never spans another '<': scanning stops there, so no input makes this quadratic.
const TAG = /<(\/?)([A-Za-z][\w:.-]*)[^<>]*?(\/?)>/g;

/**
 * True when the elements of `text` nest deeper than `limit` (an upper estimate: unclosed
 * elements count as open). `html` leaves out the elements HTML never nests.
 */
export function nestsDeeperThan(text: string, limit: number, html: boolean): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    if (m[3] === '/') continue; // <x/>
    if (html && FLAT.has(m[2]!.toLowerCase())) continue;
    if (m[1] === '/') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth += 1;
    if (depth > limit) return true;
  }
  return false;
}
