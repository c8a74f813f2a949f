import { PlainText, PlainTextBuilder } from './plain-text.js';

/**
 * Markdown read as the statement a person sees: markup (headings' `#`, list markers, emphasis,
 * link targets, code blocks, HTML tags and comments) is left out, and each heading, list item,
 * quote line and table row starts its own paragraph, so that a heading without a full stop is
 * not read as the start of the next sentence. Every kept character maps back to the file.
 *
 * Not a full CommonMark parser: it covers what statements and press releases use. Inline markup
 * is read one line at a time; a code span or emphasis across a line break is kept as text.
 */

/** An `<!-- apology-score-... -->` comment, read from the file. */
export interface Directive {
  kind: 'disable' | 'enable' | 'ignore-next-line';
  /** Finding ids named in it; empty means all findings. */
  ids: string[];
  /** Source offsets of the whole comment. */
  start: number;
  end: number;
}

/** Source range where findings are ignored (all findings, or those ids). */
export interface SourceIgnore {
  start: number;
  end: number;
  ids?: string[];
}

export interface DirectiveNotice {
  /** Source offset of the comment. */
  offset: number;
  message: string;
}

export interface MarkdownText {
  plain: PlainText;
  directives: Directive[];
  /** Where findings are turned off by the directives, in source offsets. */
  ignore: SourceIgnore[];
  /** Directives that are malformed or have no effect. */
  notices: DirectiveNotice[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$|^#+[ \t]*$/;
const BLOCK_QUOTE = /^ {0,3}>[ \t]?/;
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
const DIRECTIVE = /^\s*apology-score-([a-z-]+)\b([\s\S]*?)\s*$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** An HTML tag, an autolink (`<https://...>`) or an e-mail autolink; sticky, matched where the `<` is. */
const HTML_TAG = /<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?|[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+)>/y;

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function linesOf(source: string, from: number): Line[] {
  const lines: Line[] = [];
  let at = from;
  while (at < source.length) {
    const nl = source.indexOf('\n', at);
    const stop = nl === -1 ? source.length : nl;
    const end = stop > at && source.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start: at, end, next: nl === -1 ? source.length : nl + 1 });
    at = nl === -1 ? source.length : nl + 1;
  }
  return lines;
}

/**
 * Reads `source` (from `bodyOffset`, after any front matter) as Markdown.
 */
export function readMarkdown(source: string, bodyOffset = 0): MarkdownText {
  const out = new PlainTextBuilder(source);
  const directives: Directive[] = [];
  const notices: DirectiveNotice[] = [];
  const lines = linesOf(source, bodyOffset);
  let fence: RegExp | undefined;
  let comment = false;
  let previousBlank = true;

  const paragraphBreak = (at: number) => out.add('\n\n', at);

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const text = source.slice(line.start, line.end);
    if (fence !== undefined) {
      // Code is not part of the statement; its closing fence ends the block.
      if (fence.test(text)) fence = undefined;
      continue;
    }
    if (!comment) {
      const open = FENCE_OPEN.exec(text);
      if (open) {
        // The block ends at a line of the same fence character, at least as long.
        const run = open[1]!;
        fence = new RegExp(`^ {0,3}${run[0] === '`' ? '`' : '~'}{${run.length},}[ \\t]*$`);
        paragraphBreak(line.start);
        continue;
      }
    }
    let from = line.start;
    if (comment) {
      // Inside a comment that began on an earlier line.
      const close = source.indexOf('-->', from);
      if (close === -1 || close >= line.next) continue;
      comment = false;
      from = close + 3;
    }
    const rest = source.slice(from, line.end);
    const blank = rest.trim() === '';
    if (blank || THEMATIC_BREAK.test(rest) || LINK_DEFINITION.test(rest) || TABLE_DELIMITER.test(rest) || (!previousBlank && SETEXT_UNDERLINE.test(rest))) {
      if (!blank) paragraphBreak(from);
      else out.keep(line.end, line.next); // the line break itself: blank lines separate paragraphs
      previousBlank = blank;
      continue;
    }
    previousBlank = false;

    // Block prefixes: quote markers, list markers, task boxes, heading hashes.
    let blockStart = false;
    let heading = false;
    for (;;) {
      const prefix = source.slice(from, line.end);
      const match = BLOCK_QUOTE.exec(prefix) ?? LIST_MARKER.exec(prefix) ?? TASK_BOX.exec(prefix);
      if (match) {
        from += match[0].length;
        blockStart = true;
        continue;
      }
      const h = ATX_HEADING.exec(prefix);
      if (h) {
        from += h[0].length;
        blockStart = true;
        heading = true;
      }
      break;
    }
    let end = line.end;
    if (heading) {
      const closing = ATX_CLOSING.exec(source.slice(from, end));
      if (closing) end = from + closing.index;
    }
    const tableRow = /^\s*\|/.test(source.slice(from, end));
    if (blockStart || tableRow) paragraphBreak(from);
    // A comment still open at the end of the line hides the lines up to its `-->`.
    comment = inline(source, from, end, out, directives, notices, tableRow);
    out.keep(end, line.next);
    if (heading || tableRow) paragraphBreak(line.next);
  }

  return { plain: out.build(), directives, ignore: ignoreRanges(source, directives, notices), notices };
}

/**
 * Keeps the text of one line between `from` and `end`, leaving out inline markup.
 * Returns true when an HTML comment opened on this line is still open at its end.
 */
function inline(source: string, from: number, end: number, out: PlainTextBuilder, directives: Directive[], notices: DirectiveNotice[], tableRow: boolean): boolean {
  let kept = from;
  const skip = (a: number, b: number) => {
    out.keep(kept, a);
    kept = b;
  };
  let target: { textEnd: number; end: number } | undefined;
  let i = from;
  while (i < end) {
    if (target !== undefined && i >= target.textEnd) {
      skip(target.textEnd, target.end);
      i = target.end;
      target = undefined;
      continue;
    }
    const c = source[i]!;
    if (c === '\\' && i + 1 < end && ASCII_PUNCTUATION.test(source[i + 1]!)) {
      skip(i, i + 1);
      i += 2;
      continue;
    }
    if (c === '<' && source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      const stop = close === -1 ? source.length : close + 3;
      readDirective(source, i, stop, close === -1 ? source.length : close, directives, notices);
      if (close === -1 || close + 3 > end) {
        // The comment goes on past this line (to the end of the file if it is never closed).
        out.keep(kept, i);
        return true;
      }
      skip(i, stop);
      i = stop;
      continue;
    }
    if (c === '<') {
      HTML_TAG.lastIndex = i;
      const tag = HTML_TAG.exec(source);
      if (tag && i + tag[0].length <= end) {
        skip(i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (c === '`') {
      const after = runEnd(source, i, end, '`');
      const run = source.slice(i, after);
      const close = source.indexOf(run, after);
      if (close !== -1 && close + run.length <= end && source[close + run.length] !== '`') {
        skip(i, after);
        out.keep(kept, close);
        kept = close + run.length;
        i = kept;
        continue;
      }
      i = after;
      continue;
    }
    if (c === '!' && source[i + 1] === '[') {
      const link = linkAt(source, i + 1, end);
      if (link) {
        skip(i, i + 2);
        out.keep(kept, link.textEnd);
        kept = link.end;
        i = link.end;
        continue;
      }
    }
    if (c === '[' && target === undefined) {
      const link = linkAt(source, i, end);
      if (link) {
        // The link text is read on like any text; its target is dropped when the loop gets there.
        skip(i, i + 1);
        target = link;
        i += 1;
        continue;
      }
    }
    if (c === '*' || c === '_' || c === '~') {
      const after = runEnd(source, i, end, c);
      if (isDelimiter(source, i, after, c, from, end)) skip(i, after);
      i = after;
      continue;
    }
    if (c === '|' && tableRow) {
      skip(i, i + 1);
      out.add(' ', i + 1);
      i += 1;
      continue;
    }
    i += 1;
  }
  out.keep(kept, end);
  return false;
}

/** End of the run of `c` that starts at `from`, within the line. */
function runEnd(source: string, from: number, end: number, c: string): number {
  let j = from;
  while (j < end && source[j] === c) j++;
  return j;
}

/** `[text](target)` or `[text][ref]` at `open` (the `[`): where the text ends and the link ends. */
function linkAt(source: string, open: number, end: number): { textEnd: number; end: number } | undefined {
  let depth = 0;
  let close = -1;
  for (let j = open; j < end; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close === -1) return undefined;
  const after = source[close + 1];
  if (after === '(') {
    let parens = 0;
    for (let j = close + 1; j < end; j++) {
      if (source[j] === '(') parens++;
      else if (source[j] === ')' && --parens === 0) return { textEnd: close, end: j + 1 };
    }
    return undefined;
  }
  if (after === '[') {
    const refClose = source.indexOf(']', close + 2);
    if (refClose !== -1 && refClose < end) return { textEnd: close, end: refClose + 1 };
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * A run of `*`, `_` or `~` is markup when it touches text on one side only in the way
 * CommonMark's flanking rules say; `_` and `~` inside a word (snake_case) stay text,
 * and a lone `*` between spaces ("5 * 3") stays text.
 */
function isDelimiter(source: string, start: number, stop: number, c: string, lineStart: number, lineEnd: number): boolean {
  if (c === '~' && stop - start < 2) return false;
  const before = start > lineStart ? source[start - 1]! : ' ';
  const after = stop < lineEnd ? source[stop]! : ' ';
  const spaceBefore = /\s/.test(before);
  const spaceAfter = /\s/.test(after);
  if (spaceBefore && spaceAfter) return false;
  if (c !== '*' && WORD.test(before) && WORD.test(after)) return false;
  return true;
}

function readDirective(source: string, start: number, stop: number, bodyEnd: number, directives: Directive[], notices: DirectiveNotice[]): void {
  const body = source.slice(start + 4, bodyEnd);
  const match = DIRECTIVE.exec(body);
  if (!match) return;
  const kind = match[1]!;
  // "-- why" after the ids is a reason, as in ESLint: it is not read.
  const reason = match[2]!.indexOf('--');
  const named = (reason === -1 ? match[2]! : match[2]!.slice(0, reason)).split(/[\s,]+/).filter((s) => s !== '');
  if (kind === 'disable' || kind === 'enable' || kind === 'ignore-next-line') {
    directives.push({ kind, ids: kind === 'ignore-next-line' ? [] : named, start, end: stop });
    if (kind === 'ignore-next-line' && named.length > 0) {
      notices.push({ offset: start, message: `apology-score-ignore-next-line takes no finding ids (it ignores every finding on the next line); "${named.join(' ')}" is not read` });
    }
  } else {
    notices.push({ offset: start, message: `unknown directive "apology-score-${kind}"; known: apology-score-disable, apology-score-enable, apology-score-ignore-next-line` });
  }
}

/** Turns disable/enable pairs and ignore-next-line into source ranges. */
function ignoreRanges(source: string, directives: Directive[], notices: DirectiveNotice[]): SourceIgnore[] {
  const ranges: SourceIgnore[] = [];
  let allFrom: number | undefined;
  const idFrom = new Map<string, number>();
  for (const d of directives) {
    if (d.kind === 'ignore-next-line') {
      const lineEnd = source.indexOf('\n', d.end);
      if (lineEnd === -1) {
        notices.push({ offset: d.start, message: 'apology-score-ignore-next-line has no next line' });
        continue;
      }
      const next = source.indexOf('\n', lineEnd + 1);
      ranges.push({ start: lineEnd + 1, end: next === -1 ? source.length : next });
    } else if (d.kind === 'disable') {
      if (d.ids.length === 0) allFrom ??= d.end;
      for (const id of d.ids) if (!idFrom.has(id)) idFrom.set(id, d.end);
    } else if (d.ids.length === 0) {
      if (allFrom === undefined && idFrom.size === 0) notices.push({ offset: d.start, message: 'apology-score-enable without an apology-score-disable before it' });
      if (allFrom !== undefined) ranges.push({ start: allFrom, end: d.start });
      for (const [id, from] of idFrom) ranges.push({ start: from, end: d.start, ids: [id] });
      allFrom = undefined;
      idFrom.clear();
    } else {
      for (const id of d.ids) {
        const from = idFrom.get(id);
        if (from === undefined) {
          notices.push({
            offset: d.start,
            message: allFrom !== undefined
              ? `apology-score-enable ${id} can't re-enable one finding inside an apology-score-disable of all findings; end that with a bare apology-score-enable`
              : `apology-score-enable ${id} without an apology-score-disable ${id} before it`,
          });
          continue;
        }
        ranges.push({ start: from, end: d.start, ids: [id] });
        idFrom.delete(id);
      }
    }
  }
  // A disable that is never enabled again lasts to the end of the file, as in ESLint.
  if (allFrom !== undefined) ranges.push({ start: allFrom, end: source.length });
  for (const [id, from] of idFrom) ranges.push({ start: from, end: source.length, ids: [id] });
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

export { PlainText };
