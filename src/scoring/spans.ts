import type { Doc } from '../analysis/doc.js';
import { byPosition, hitSpan, type Hit } from '../checks/hit.js';

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
  const out: Span[] = [];
  for (const hit of [...hits].sort(byPosition)) {
    const span = hitSpan(doc, hit);
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) {
        last.end = span.end;
        last.text = doc.text.slice(last.start, last.end);
      }
    } else out.push({ ...span, check: hit.check });
  }
  return out;
}
