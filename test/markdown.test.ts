import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../src/input/markdown.js';

/** Every kept character maps back to the same character of the source. */
function expectExactMap(source: string): void {
  const { plain } = readMarkdown(source);
  for (let i = 0; i < plain.text.length; i++) {
    if (/\s/.test(plain.text[i]!)) continue; // added paragraph breaks map to where they were added
    expect(source[plain.toSource(i)]).toBe(plain.text[i]);
  }
}

describe('readMarkdown', () => {
  it('leaves inline markup out and keeps the words', () => {
    const source = 'We [**broke** `prod`](http://x.y "t") and <b>we</b> are <https://a.b> sorry, 5 * 3 snake_case ~~old~~ ![alt](i.png) [ref][r] \\*lit\\*.';
    expect(readMarkdown(source).plain.text).toBe('We broke prod and we are  sorry, 5 * 3 snake_case old alt ref *lit*.');
    expectExactMap(source);
  });

  it('makes headings, list items and table rows paragraphs, and drops code blocks and front matter', () => {
    const source = '---\ntitle: x\n---\n# We are sorry\nIntro line\n\n- first item\n- second item\n\n```\nwe are sorry\n```\n| a | b |\n|---|---|\n| c | d |\n';
    const { plain } = readMarkdown(source, source.indexOf('# '));
    const paragraphs = plain.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    expect(paragraphs).toEqual(['We are sorry', 'Intro line', 'first item', 'second item', 'a   b', 'c   d']);
    expectExactMap(source);
  });

  it('maps spans back to the file, markup inside them included', () => {
    const source = 'Intro.\n\nWe **made** a mistake.';
    const { plain } = readMarkdown(source);
    const start = plain.text.indexOf('We made');
    const end = start + 'We made a mistake'.length;
    expect(source.slice(plain.toSource(start), plain.toSourceEnd(end))).toBe('We **made** a mistake');
    expect(plain.fromSource(source.indexOf('We'))).toBe(start);
  });

  it('turns disable/enable pairs and ignore-next-line into source ranges', () => {
    const source = [
      '<!-- apology-score-disable passive-voice, jargon -- quoted -->',
      'Mistakes were made.',
      '<!-- apology-score-enable jargon -->',
      '<!-- apology-score-ignore-next-line -->',
      'This is not a security incident.',
      '<!-- apology-score-disable -->',
      'The end.',
    ].join('\n');
    const lines = source.split('\n');
    const lineStart = (n: number) => lines.slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
    const { ignore, notices } = readMarkdown(source);
    expect(notices).toEqual([]);
    expect(ignore).toEqual([
      { start: lines[0]!.length, end: lineStart(2), ids: ['jargon'] },
      { start: lines[0]!.length, end: source.length, ids: ['passive-voice'] },
      { start: lineStart(4), end: lineStart(4) + lines[4]!.length },
      { start: lineStart(5) + lines[5]!.length, end: source.length },
    ]);
  });

  it('reports directives that are unknown or do nothing', () => {
    const source = '<!-- apology-score-foo -->\n<!-- apology-score-enable jargon -->\nText.';
    expect(readMarkdown(source).notices.map((n) => n.offset)).toEqual([0, source.indexOf('<!-- apology-score-enable')]);
  });
});
