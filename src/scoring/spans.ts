import type { Doc } from '../analysis/doc.js';
import { byPosition, type Hit } from '../checks/hit.js';

export interface Span {
  start: number;
  end: number;
  text: string;
  check: string;
}

/**
 * Hits as character spans, sorted, overlapping ones merged into one (the first check's
 * name kept). One linear pass after the sort.
 */
export function mergedSpans(doc: Doc, hits: Hit[]): Span[] {
  if (hits.length === 0) return [];
  const out: Span[] = [];
  const sorted = hits.length === 1 ? hits : [...hits].sort(byPosition);
  for (const hit of sorted) {
    const start = doc.tokens[hit.tokenStart]!.start;
    const end = doc.tokens[hit.tokenEnd - 1]!.end;
    const last = out[out.length - 1];
    if (last && start < last.end) {
      if (end > last.end) last.end = end;
    } else out.push({ start, end, text: '', check: hit.check });
  }
  // The text is cut once per merged span, after merging.
  for (const span of out) span.text = doc.text.slice(span.start, span.end);
  return out;
}
