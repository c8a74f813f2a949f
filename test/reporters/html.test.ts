/**
 * The HTML page, read back with a small strict extraction (no HTML parser is a dependency):
 * each statement's `<div class="text">` is a sequence of escaped text and flat
 * `<span data-start data-end class title [style]>text</span>` segments, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { html } from '../../src/reporters/html.js';
import { bodyStart } from '../../src/reporters/common.js';
import type { ScoredInput } from '../../src/reporters/report-input.js';
import { exampleInputs, inputOf, RUBRIC, reportOptions } from './helpers.js';

interface Segment {
  start: number;
  end: number;
  classes: string[];
  text: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(text: string): string {
  expect(text, 'no raw markup in text').not.toMatch(/[<>"]/);
  return text.replace(/&[^;]*;/g, (entity) => {
    const c = ENTITIES[entity];
    if (c === undefined) throw new Error(`unexpected entity ${entity}`);
    return c;
  });
}

const SEGMENT = /<span data-start="(\d+)" data-end="(\d+)" class="([^"]*)" title="[^"]*"(?: style="[^"]*")?>([^<]*)<\/span>/y;

/** The sections of the page, in input order, each with its statement cut into segments. */
function readPage(page: string): Array<{ id: string; section: string; plain: string; segments: Segment[] }> {
  const parts = page.split('<section class="input" id="').slice(1);
  return parts.map((part) => {
    const id = part.slice(0, part.indexOf('"'));
    const section = part.slice(0, part.indexOf('</section>'));
    const open = '<div class="text">';
    const from = section.indexOf(open) + open.length;
    const inner = section.slice(from, section.indexOf('</div>', from));
    // Walk the text: escaped text or one segment at a time; anything else fails.
    const segments: Segment[] = [];
    let plain = '';
    let at = 0;
    while (at < inner.length) {
      if (inner[at] === '<') {
        SEGMENT.lastIndex = at;
        const m = SEGMENT.exec(inner);
        if (!m) throw new Error(`unexpected markup at ${inner.slice(at, at + 60)}`);
        const text = unescape(m[4]!);
        segments.push({ start: Number(m[1]), end: Number(m[2]), classes: m[3]!.split(' '), text });
        plain += text;
        at = SEGMENT.lastIndex;
      } else {
        const next = inner.indexOf('<', at);
        const stop = next === -1 ? inner.length : next;
        plain += unescape(inner.slice(at, stop));
        at = stop;
      }
    }
    return { id, section, plain, segments };
  });
}

/** The text of the segments between start and end that carry `cls`, checked to tile the span. */
function spanText(segments: Segment[], cls: string, start: number, end: number): string {
  const inside = segments.filter((s) => s.start >= start && s.end <= end && s.classes.includes(cls));
  let at = start;
  for (const s of inside) {
    expect(s.start, `${cls} segments are contiguous`).toBe(at);
    at = s.end;
  }
  expect(at, `${cls} segments reach the end`).toBe(end);
  return inside.map((s) => s.text).join('');
}

function checkHighlights(input: ScoredInput, page: ReturnType<typeof readPage>[number]): void {
  const { source, verdict } = input;
  expect(page.plain).toBe(source.slice(bodyStart(input)));
  for (const s of page.segments) expect(s.text).toBe(source.slice(s.start, s.end));
  for (const step of verdict.steps) {
    for (const e of step.evidence) expect(spanText(page.segments, `ev-${step.id}`, e.start, e.end)).toBe(e.text);
    // No segment carries a step's class outside its evidence.
    for (const s of page.segments.filter((x) => x.classes.includes(`ev-${step.id}`))) {
      expect(step.evidence.some((e) => e.start <= s.start && s.end <= e.end)).toBe(true);
      expect(s.classes).toContain('ev');
    }
  }
  for (const f of verdict.findings) {
    expect(spanText(page.segments, `f-${f.id}`, f.start, f.end)).toBe(f.text);
    expect(page.segments.filter((s) => s.start >= f.start && s.end <= f.end).every((s) => s.classes.includes('f'))).toBe(true);
  }
}

/** A statement whose spans overlap and whose text needs escaping. */
function overlapping(): ScoredInput {
  const source = `---\nauthor: O'Brien & "Co" <ceo>\n---\nWe made a <b>mistake</b> & we're sorry.\nThe update "was tested" at https://example.com/x?a=1&b=2.\n`;
  const input = inputOf(source);
  const body = source.indexOf('We made');
  const span = (text: string, from = body) => {
    const start = source.indexOf(text, from);
    return { start, end: start + text.length, text };
  };
  const own = span('We made a <b>mistake</b>');
  const apology = span('mistake</b> & we\'re sorry');
  input.verdict.steps[0]!.evidence = [{ ...own, check: 'test', strength: 'strong' }];
  input.verdict.steps[2]!.evidence = [{ ...apology, check: 'test', strength: 'strong' }];
  input.verdict.findings = [
    { id: 'passive-voice', title: 'Passive voice', severity: 'warning', ...span('made a <b>'), message: 'Quote "<b>" & more', penalty: 4 },
    { id: 'jargon', title: 'Jargon', severity: 'info', ...span('"was tested" at https'), message: 'x', penalty: 2 },
  ];
  return input;
}

describe('html reporter', () => {
  it('highlights every evidence and finding so that its segments give back its text', () => {
    const inputs = [...exampleInputs(), overlapping()];
    const page = html(inputs, reportOptions({ failUnder: 50 }));
    const sections = readPage(page);
    expect(sections.map((s) => s.id)).toEqual(inputs.map((_, i) => `input-${i + 1}`));
    inputs.forEach((input, i) => checkHighlights(input, sections[i]!));
  });

  it('gives overlapping spans every class that covers them', () => {
    const [section] = readPage(html([overlapping()], reportOptions()));
    const both = section!.segments.find((s) => s.text === 'mistake</b>');
    expect(both?.classes).toEqual(['ev', 'ev-own-up', 'ev-apologize']);
    const three = section!.segments.find((s) => s.text === 'made a <b>');
    expect(three?.classes).toEqual(['ev', 'ev-own-up', 'f', 'f-passive-voice']);
    expect(section!.section).toContain('style="background: linear-gradient(');
  });

  it('escapes all text, front matter included, and shows the front matter as metadata', () => {
    const page = html([overlapping()], reportOptions());
    expect(page).not.toContain('<b>mistake');
    expect(page).toMatch(
      /<span data-start="\d+" data-end="\d+" class="ev ev-own-up f f-passive-voice" title="Own up \(met\)\nQuote &quot;&lt;b&gt;&quot; &amp; more">made a &lt;b&gt;<\/span>/,
    );
    expect(page).not.toContain('<ceo>');
    expect(page).toContain('<dt>author</dt><dd>O&#39;Brien &amp; &quot;Co&quot; &lt;ceo&gt;</dd>');
    expect(readPage(page)[0]!.plain.startsWith('We made a')).toBe(true);
  });

  it('loads nothing: no script, stylesheet link, image, font or url() other than plain text in the statement', () => {
    const page = html([...exampleInputs(), overlapping()], reportOptions());
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face|url\(|\bsrc=/i);
    // URLs appear only as text: in the statements and their front matter.
    const outside = page.replace(/<div class="text">[\s\S]*?<\/div>/g, '').replace(/<dl class="meta">[\s\S]*?<\/dl>/g, '');
    expect(outside).not.toMatch(/https?:\/\//);
    expect(page).toMatch(/<style>[\s\S]*<\/style>/);
  });

  it('has a legend entry per step in each section, in the colour of the step', () => {
    const page = html(exampleInputs(), reportOptions());
    for (const section of readPage(page)) {
      for (const step of RUBRIC.steps) {
        expect(section.section.split(`<li class="legend-item" data-step="${step.id}">`)).toHaveLength(2);
        expect(section.section).toContain(`<span class="swatch sw-${step.id}"></span>${step.title}</li>`);
      }
    }
    const colours = RUBRIC.steps.map((s) => new RegExp(`\\.ev-${s.id}, \\.sw-${s.id} \\{ background: (#[0-9a-f]{6}); \\}`).exec(page)?.[1]);
    expect(new Set(colours).size).toBe(RUBRIC.steps.length);
    expect(colours.every(Boolean)).toBe(true);
  });

  it('several statements: a ranked overview linking to each section', () => {
    const inputs = exampleInputs();
    const page = html(inputs, reportOptions());
    const table = page.slice(page.indexOf('<table class="overview">'), page.indexOf('</table>'));
    const links = [...table.matchAll(/<a href="#(input-\d+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toHaveLength(inputs.length);
    for (const [anchor, file] of links) expect(inputs[Number(anchor!.slice(6)) - 1]!.file).toBe(file);
    const scores = links.map(([anchor]) => inputs[Number(anchor!.slice(6)) - 1]!.verdict.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(html([inputs[0]!], reportOptions())).not.toContain('<table class="overview">');
  });

  it('shows the verdict: score, grade, each step with its status, explanation and suggestion, findings', () => {
    const input = exampleInputs().find((i) => i.file.includes('01-'))!;
    const page = html([input], reportOptions());
    expect(page).toContain(`<p class="score">${input.verdict.score}<small>/100</small>`);
    for (const step of input.verdict.steps) {
      expect(page).toContain(`<li class="step ${step.status}" data-step="${step.id}">`);
      if (step.suggestion) expect(page).toContain(`→ ${step.suggestion.replace(/'/g, '&#39;')}`);
    }
    expect(page.match(/<li class="sev-/g)).toHaveLength(input.verdict.findings.length);
    expect(page).toContain('white-space: pre-wrap');
  });
});
