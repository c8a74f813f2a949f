/**
 * The statement-file reader: front matter in, exact body and offset out. Offsets matter because
 * evidence found in the body is reported against the file, so each case checks the whole result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatementFile, StatementFileError } from '../src/input/statement-file.js';

describe('parseStatementFile', () => {
  it('reads flat front matter and returns the body after the closing fence', () => {
    const source = '---\nid: 06-x\nlang: en\n---\nWe are sorry.\n';
    expect(parseStatementFile(source)).toEqual({
      meta: { id: '06-x', lang: 'en' },
      body: 'We are sorry.\n',
      bodyOffset: 26,
    });
    expect(source.slice(26)).toBe('We are sorry.\n');
  });

  it('keeps colons, URLs and inner quotes in values', () => {
    const source = [
      '---',
      'source: https://example.com/a?b=c#d (quoting: the post) + http://x.org:8080/p',
      "author: Heidi Miller, model sentences in 'How to apologize for an outage'",
      'date: 2024-07-19',
      '---',
      'Body',
    ].join('\n');
    expect(parseStatementFile(source)).toEqual({
      meta: {
        source: 'https://example.com/a?b=c#d (quoting: the post) + http://x.org:8080/p',
        author: "Heidi Miller, model sentences in 'How to apologize for an outage'",
        date: '2024-07-19',
      },
      body: 'Body',
      bodyOffset: source.length - 4,
    });
  });

  it('unquotes wholly quoted values, YAML style', () => {
    const source = [
      '---',
      'a: "double: quoted"',
      "b: 'single: quoted'",
      'c: "say \\"sorry\\" \\\\ now"',
      "d: 'it''s ours'",
      "e: 'a' and 'b'",
      'f: ""',
      'g: "x" # a comment',
      'h: plain # a comment',
      'i:',
      '---',
      '',
    ].join('\n');
    expect(parseStatementFile(source).meta).toEqual({
      a: 'double: quoted',
      b: 'single: quoted',
      c: 'say "sorry" \\ now',
      d: "it's ours",
      e: "'a' and 'b'",
      f: '',
      g: 'x',
      h: 'plain',
      i: '',
    });
  });

  it('skips blank and comment lines; a later duplicate key wins', () => {
    const source = '---\n# made by hand\n\nid: a\nid: b\n---\nText';
    expect(parseStatementFile(source)).toEqual({ meta: { id: 'b' }, body: 'Text', bodyOffset: 36 });
  });

  it('keeps the body exactly: leading blank lines and trailing newlines stay', () => {
    const source = '---\nid: x\n---\n\n\n  Sorry.\n\n';
    const parsed = parseStatementFile(source);
    expect(parsed).toEqual({ meta: { id: 'x' }, body: '\n\n  Sorry.\n\n', bodyOffset: 14 });
    expect(source.slice(parsed.bodyOffset)).toBe(parsed.body);
  });

  it('reads CRLF files and skips the CRLF after the closing fence', () => {
    const source = '---\r\nid: x\r\nsource: https://a.b/c\r\n---\r\nLine one.\r\nLine two.\r\n';
    expect(parseStatementFile(source)).toEqual({
      meta: { id: 'x', source: 'https://a.b/c' },
      body: 'Line one.\r\nLine two.\r\n',
      bodyOffset: 40,
    });
  });

  it('allows a byte-order mark and trailing spaces on the fences', () => {
    const source = '\uFEFF--- \nid: x\n---\t\nBody';
    expect(parseStatementFile(source)).toEqual({ meta: { id: 'x' }, body: 'Body', bodyOffset: 17 });
  });

  it('gives an empty body when the file ends at the closing fence', () => {
    expect(parseStatementFile('---\nid: x\n---')).toEqual({ meta: { id: 'x' }, body: '', bodyOffset: 13 });
    expect(parseStatementFile('---\n---\n')).toEqual({ meta: {}, body: '', bodyOffset: 8 });
  });

  it('treats a file without front matter as all body', () => {
    for (const source of ['We are sorry.', '', '\n---\nid: x\n---\n', ' ---\nid: x\n---\n', '----\nid: x\n----\n']) {
      expect(parseStatementFile(source)).toEqual({ meta: {}, body: source, bodyOffset: 0 });
    }
  });

  it('treats an opening fence without a closing one as body', () => {
    const source = '---\nid: x\nWe are sorry.';
    expect(parseStatementFile(source)).toEqual({ meta: {}, body: source, bodyOffset: 0 });
  });

  it('throws on front matter it cannot read, with the line number', () => {
    const source = '---\nid: x\ntags:\n  - a\n---\nBody';
    expect(() => parseStatementFile(source)).toThrow(StatementFileError);
    expect(() => parseStatementFile(source)).toThrow('line 4: front matter lines must be flat `key: value` pairs, got "  - a"');
    expect(() => parseStatementFile('---\ndate:2024\n---\n')).toThrow('line 2:');
  });

  it('reads every corpus fixture: id matches the file name, body offsets are exact', () => {
    const dir = new URL('./fixtures/corpus/statements/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const { meta, body, bodyOffset } = parseStatementFile(source);
      expect(meta.id).toBe(file.replace(/\.md$/, ''));
      expect(Object.keys(meta).sort()).toEqual(['author', 'date', 'id', 'kind', 'lang', 'org', 'source']);
      expect(['en', 'fr']).toContain(meta.lang);
      expect(body).toBe(source.slice(bodyOffset));
      expect(source.slice(0, bodyOffset).endsWith('\n---\n')).toBe(true);
      expect(body.trim().length).toBeGreaterThan(0);
    }
  });
});
