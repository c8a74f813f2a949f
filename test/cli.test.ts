/**
 * The built command, run as a child process (`node dist/cli.js`, built by `pretest`): exit codes,
 * standard input, folders and globs, config files, ignore comments, offsets, formats, colour,
 * compare, worker threads and the size limit. Every run gets a clean environment (no NO_COLOR,
 * FORCE_COLOR or NODE_DEBUG) and, by default, an empty temp folder as its cwd, so no config file
 * of this repo is found. Tests run concurrently: each spawn costs about 0.3 s.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const MODEL = join(ROOT, 'examples/crowdstrike/51-linkedin-model-apology.md');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  /** Written to standard input, which is then closed (it is always a pipe, never a terminal). */
  input?: string;
  /** Added to the clean environment. */
  env?: Record<string, string>;
}

const temps: string[] = [];
let emptyCwd: string;

/** A fresh folder under the system temp folder (its real path), holding `files`. */
function tempDir(files: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'apology-score-cli-')));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.NODE_DEBUG;
  return { ...env, ...extra };
}

function run(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? emptyCwd, env: cleanEnv(options.env), stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the command may exit before reading standard input
    child.stdin.end(options.input ?? '');
  });
}

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Finding extends Span {
  id: string;
  penalty: number;
}
interface Result {
  file: string;
  rubric: string;
  score: number;
  steps: Array<{ id: string; status: string; evidence: Span[] }>;
  findings: Finding[];
}

function json(r: Run): Result[] {
  return JSON.parse(r.stdout) as Result[];
}

const STACK = /^\s+at /m;
const ANSI = /\x1b\[[0-9;]*m/g;

const SORRY_PASSIVE = 'We are sorry. Mistakes were made.\n';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npx tsup --silent (npm test builds it first)`);
  emptyCwd = tempDir();
  // Config discovery walks up from cwd: nothing above the temp folder may hold a config.
  for (let dir = emptyCwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.apologyscorerc.json'))) throw new Error(`${dir}/.apologyscorerc.json would be read by every test`);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && 'apology-score' in (JSON.parse(readFileSync(pkg, 'utf8')) as object)) throw new Error(`${pkg} has an "apology-score" key`);
    if (dirname(dir) === dir) break;
  }
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('apology-score command', () => {
  describe('exit codes', () => {
    it('exits 0 for a scored statement, 1 under --fail-under, 0 at or above it', async ({ expect }) => {
      const [plain, at, above] = await Promise.all([
        run([MODEL, '--format', 'json']),
        run([MODEL, '--fail-under', '64', '--quiet']),
        run([MODEL, '--fail-under', '65', '--quiet']),
      ]);
      expect(plain.status).toBe(0);
      expect(plain.stderr).toBe('');
      expect(json(plain)[0]!.score).toBe(64);
      expect(at.status).toBe(0);
      expect(above.status).toBe(1);
      expect(above.stderr).toBe('');
    });

    it('exits 2 with a one-line message and no stack for usage errors', async ({ expect }) => {
      const dir = tempDir({ 'bad.rubric.json': '{"id":"x"}' });
      const cases: Array<[string[], string]> = [
        [['--bogus'], "apology-score: Unknown option '--bogus'. Run apology-score --help.\n"],
        [[MODEL, '--format', 'yaml'], 'apology-score: --format must be one of text, json, markdown, sarif, html, not "yaml"\n'],
        [[MODEL, '--fail-under', 'abc'], 'apology-score: --fail-under must be a number from 0 to 100, not "abc"\n'],
        [[MODEL, '--lang', 'fr'], 'apology-score: --lang fr: French statements can not be scored yet; supported: en\n'],
        [['missing.md'], 'apology-score: missing.md: no such file or folder\n'],
        [
          [MODEL, '--rubric', 'bad.rubric.json'],
          'apology-score: Invalid rubric (bad.rubric.json):\n' +
            '  - title: Invalid input: expected string, received undefined\n' +
            '  - lang: Invalid option: expected one of "en"|"fr"\n' +
            '  - steps: Invalid input: expected array, received undefined\n' +
            '  - grades: Invalid input: expected array, received undefined\n',
        ],
      ];
      const runs = await Promise.all(cases.map(([args]) => run(args, { cwd: dir })));
      runs.forEach((r, n) => {
        expect({ args: cases[n]![0], status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ args: cases[n]![0], status: 2, stdout: '', stderr: cases[n]![1] });
        expect(r.stderr).not.toMatch(STACK);
      });
    });

    it('--debug shows the stack of a rubric error', async ({ expect }) => {
      const dir = tempDir({ 'bad.rubric.json': '{"id":"x"}' });
      const r = await run([MODEL, '--rubric', 'bad.rubric.json', '--debug'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr.startsWith('apology-score: RubricError: Invalid rubric (bad.rubric.json):\n')).toBe(true);
      expect(r.stderr).toMatch(/^ {4}at parseRubric \(/m);
    });

    it('a batch with a missing file and an unreadable front matter reports the rest and exits 2', async ({ expect }) => {
      const dir = tempDir({ 'good.md': 'We are sorry.\n', 'fm.md': '---\n- list: item\n---\nWe are sorry.\n' });
      const r = await run(['good.md', 'missing.md', 'fm.md', '--format', 'json'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(json(r).map((x) => x.file)).toEqual(['good.md']);
      expect(r.stderr).toBe(
        'apology-score: missing.md: no such file or folder\n' +
          'apology-score: fm.md: front matter, line 2: front matter lines must be flat `key: value` pairs, got "- list: item"\n',
      );
    });

    it.skipIf(process.getuid?.() === 0)('an unreadable file (mode 000) is named and the rest reported', async ({ expect }) => {
      const dir = tempDir({ 'good.md': 'We are sorry.\n', 'locked.md': 'We are sorry.\n' });
      chmodSync(join(dir, 'locked.md'), 0o000);
      const r = await run(['good.md', 'locked.md', '--format', 'json'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(json(r).map((x) => x.file)).toEqual(['good.md']);
      expect(r.stderr).toBe('apology-score: locked.md: permission denied\n');
    });
  });

  it('scores standard input for "-" and for no argument, named <stdin>', async ({ expect }) => {
    const [dash, none, asJson] = await Promise.all([
      run(['-'], { input: SORRY_PASSIVE }),
      run([], { input: SORRY_PASSIVE }),
      run(['--format', 'json'], { input: SORRY_PASSIVE }),
    ]);
    expect(dash.status).toBe(0);
    expect(dash.stdout.split('\n')[0]).toBe('<stdin>');
    expect(none).toEqual(dash);
    expect(asJson.status).toBe(0);
    expect(asJson.stdout.startsWith('[\n  {\n    "file": "<stdin>",\n')).toBe(true);
    const results = json(asJson);
    expect(results.length).toBe(1);
    expect(results[0]!.file).toBe('<stdin>');
    expect(results[0]!.findings.map((f) => [f.id, f.text, f.start])).toEqual([['passive-voice', 'Mistakes were made', 14]]);
  });

  describe('folders and globs', () => {
    const tree = {
      'd/a.md': 'We are sorry.\n',
      'd/b.txt': 'We are sorry.\n',
      'd/c.json': '{}\n',
      'd/sub/d.md': 'We are sorry.\n',
      'd/.hidden/e.md': 'We are sorry.\n',
      'd/node_modules/f.md': 'We are sorry.\n',
    };
    const files = (r: Run) => json(r).map((x) => x.file);

    it('a folder gives its statement files, sorted, skipping dot-folders and node_modules; globs match', async ({ expect }) => {
      const cwd = tempDir(tree);
      const [folder, deep, braces, none] = await Promise.all([
        run(['d', '--format', 'json'], { cwd }),
        run(['d/**/*.md', '--format', 'json'], { cwd }),
        run(['d/*.{md,txt}', '--format', 'json'], { cwd }),
        run(['d/*.zz', '--format', 'json'], { cwd }),
      ]);
      expect([folder.status, folder.stderr, files(folder)]).toEqual([0, '', ['d/a.md', 'd/b.txt', 'd/sub/d.md']]);
      expect([deep.status, deep.stderr, files(deep)]).toEqual([0, '', ['d/a.md', 'd/sub/d.md']]);
      expect([braces.status, braces.stderr, files(braces)]).toEqual([0, '', ['d/a.md', 'd/b.txt']]);
      expect(none).toEqual({ status: 2, stdout: '', stderr: 'apology-score: d/*.zz: no files match this pattern\n' });
    });

    it('a file named twice, or also found in a named folder, is scored once', async ({ expect }) => {
      const cwd = tempDir(tree);
      const [twice, inFolder] = await Promise.all([
        run(['d/a.md', 'd/a.md', '--format', 'json'], { cwd }),
        run(['d', 'd/a.md', '--format', 'json'], { cwd }),
      ]);
      expect([twice.status, files(twice)]).toEqual([0, ['d/a.md']]);
      expect([inFolder.status, files(inFolder)]).toEqual([0, ['d/a.md', 'd/b.txt', 'd/sub/d.md']]);
    });

    it('a file named twice with a different spelling (./d/a.md and d/a.md) is scored once', async ({ expect }) => {
      const cwd = tempDir(tree);
      const [spelled, dotFolder] = await Promise.all([
        run(['d/a.md', './d/a.md', '--format', 'json'], { cwd }),
        run(['./d', './d/a.md', '--format', 'json'], { cwd }),
      ]);
      expect(files(spelled)).toEqual(['d/a.md']);
      expect(files(dotFolder)).toEqual(['d/a.md', 'd/b.txt', 'd/sub/d.md']);
    });
  });

  describe('config file', () => {
    it('.apologyscorerc.json in cwd: failUnder, format and disable are read', async ({ expect }) => {
      const fail = tempDir({ '.apologyscorerc.json': '{"failUnder": 99}', 's.md': SORRY_PASSIVE });
      const format = tempDir({ '.apologyscorerc.json': '{"format": "json"}', 's.md': SORRY_PASSIVE });
      const disable = tempDir({ '.apologyscorerc.json': '{"disable": ["passive-voice"], "format": "json"}', 's.md': SORRY_PASSIVE });
      const [failed, asJson, disabled, notDisabled] = await Promise.all([
        run(['s.md', '--quiet'], { cwd: fail }),
        run(['s.md'], { cwd: format }),
        run(['s.md'], { cwd: disable }),
        run(['s.md', '--format', 'json', '--no-config'], { cwd: disable }),
      ]);
      expect([failed.status, failed.stderr]).toEqual([1, '']);
      expect([asJson.status, json(asJson).map((x) => x.file)]).toEqual([0, ['s.md']]);
      expect(json(notDisabled)[0]!.findings.map((f) => f.id)).toEqual(['passive-voice']);
      expect([disabled.status, json(disabled)[0]!.findings]).toEqual([0, []]);
    });

    it('an unknown key or a wrong type exits 2 and names the key', async ({ expect }) => {
      const unknown = tempDir({ '.apologyscorerc.json': '{"failunder": 5}', 's.md': SORRY_PASSIVE });
      const wrong = tempDir({ '.apologyscorerc.json': '{"failUnder": "high"}', 's.md': SORRY_PASSIVE });
      const [u, w] = await Promise.all([run(['s.md'], { cwd: unknown }), run(['s.md'], { cwd: wrong })]);
      expect(u).toEqual({
        status: 2,
        stdout: '',
        stderr: `apology-score: invalid config in ${unknown}/.apologyscorerc.json:\n  - (root): Unrecognized key: "failunder"\n`,
      });
      expect(w).toEqual({
        status: 2,
        stdout: '',
        stderr: `apology-score: invalid config in ${wrong}/.apologyscorerc.json:\n  - failUnder: Invalid input: expected number, received string\n`,
      });
    });

    it('package.json\'s "apology-score" key is read', async ({ expect }) => {
      const dir = tempDir({ 'package.json': '{"name": "x", "apology-score": {"failUnder": 99}}', 's.md': SORRY_PASSIVE });
      const r = await run(['s.md', '--quiet'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([1, '']);
    });

    it('is found in a parent folder; --no-config ignores it; --config reads another; flags win', async ({ expect }) => {
      const dir = tempDir({
        '.apologyscorerc.json': '{"failUnder": 99, "format": "json"}',
        's.md': SORRY_PASSIVE,
        'sub/other.json': '{"quiet": true}',
      });
      const cwd = join(dir, 'sub');
      const [found, ignored, other, flags] = await Promise.all([
        run(['../s.md'], { cwd }),
        run(['../s.md', '--no-config'], { cwd }),
        run(['../s.md', '--config', 'other.json'], { cwd }),
        run(['../s.md', '--format', 'text', '--fail-under', '10'], { cwd }),
      ]);
      expect([found.status, json(found).map((x) => x.file)]).toEqual([1, ['../s.md']]);
      expect([ignored.status, ignored.stdout.split('\n')[0]]).toEqual([0, '../s.md']);
      expect([other.status, other.stdout]).toEqual([0, '../s.md   21/100 F  1 finding\n']);
      expect([flags.status, flags.stdout.split('\n')[0]]).toEqual([0, '../s.md']);
    });

    it('a config rubric path is read from the config file\'s folder, a --rubric path from cwd', async ({ expect }) => {
      const dir = tempDir({
        'inc.json': readFileSync(join(ROOT, 'examples/incident-update.rubric.json'), 'utf8'),
        '.apologyscorerc.json': '{"rubric": "inc.json", "format": "json"}',
        's.md': SORRY_PASSIVE,
      });
      mkdirSync(join(dir, 'sub'));
      const cwd = join(dir, 'sub');
      const [fromConfig, fromFlag] = await Promise.all([run(['../s.md'], { cwd }), run(['../s.md', '--rubric', 'inc.json'], { cwd })]);
      expect([fromConfig.status, fromConfig.stderr, json(fromConfig)[0]!.rubric]).toEqual([0, '', 'incident-update']);
      expect(fromFlag).toEqual({ status: 2, stdout: '', stderr: 'apology-score: --rubric inc.json: not a built-in rubric (five-step) and no such file\n' });
    });
  });

  describe('ignore comments in Markdown', () => {
    it('disable ID ... enable ID drops those findings and their penalty; a finding after enable stays', async ({ expect }) => {
      const dir = tempDir({
        'with.md': 'We are sorry. We broke the update.\n\n<!-- apology-score-disable passive-voice -->\nMistakes were made.\n<!-- apology-score-enable passive-voice -->\n',
        'without.md': 'We are sorry. We broke the update.\n\nMistakes were made.\n',
        'after.md': 'We are sorry. We broke the update.\n\n<!-- apology-score-disable passive-voice -->\nMistakes were made.\n<!-- apology-score-enable passive-voice -->\n\nErrors were made.\n',
      });
      const [scored, rubric] = await Promise.all([run(['with.md', 'without.md', 'after.md', '--format', 'json'], { cwd: dir }), run(['--print-rubric', 'five-step'])]);
      expect([scored.status, scored.stderr]).toEqual([0, '']);
      const [withComments, without, after] = json(scored);
      const penalty = (JSON.parse(rubric.stdout) as { antiPatterns: Array<{ id: string; penalty: number }> }).antiPatterns.find((a) => a.id === 'passive-voice')!.penalty;
      expect(without!.findings.map((f) => [f.id, f.text, f.penalty])).toEqual([['passive-voice', 'Mistakes were made', penalty]]);
      expect(withComments!.findings).toEqual([]);
      expect(withComments!.score - without!.score).toBe(penalty);
      const source = readFileSync(join(dir, 'after.md'), 'utf8');
      expect(after!.findings.map((f) => [f.id, f.text, f.start])).toEqual([['passive-voice', 'Errors were made', source.indexOf('Errors')]]);
    });

    it('a bare disable drops every finding to the end of the file', async ({ expect }) => {
      const source = 'We are sorry. This single content update was made in error.\n\n<!-- apology-score-disable -->\nMistakes were made. It was just a minor glitch in the content update.\n\nErrors were made.\n';
      const dir = tempDir({ 'bare.md': source });
      const r = await run(['bare.md', '--format', 'json'], { cwd: dir });
      expect(r.status).toBe(0);
      const cut = source.indexOf('<!--');
      expect(json(r)[0]!.findings.map((f) => [f.id, f.text, f.end <= cut])).toEqual([
        ['passive-voice', 'This single content update was made', true],
        ['minimizing', 'single content update', true],
        ['jargon', 'content update', true],
      ]);
    });

    it('ignore-next-line drops findings on the next line only', async ({ expect }) => {
      const source = 'We are sorry.\n\n<!-- apology-score-ignore-next-line -->\nMistakes were made.\nErrors were made.\n';
      const dir = tempDir({ 'next.md': source });
      const r = await run(['next.md', '--format', 'json'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(json(r)[0]!.findings.map((f) => [f.id, f.text, f.start])).toEqual([['passive-voice', 'Errors were made', source.indexOf('Errors')]]);
    });

    it('an unknown directive gives a notice with file:line:column and exits 0', async ({ expect }) => {
      const dir = tempDir({ 'unknown.md': 'We are sorry.\n\nText here. <!-- apology-score-foo -->\n' });
      const r = await run(['unknown.md', '--quiet'], { cwd: dir });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(
        'apology-score: unknown.md:3:12: unknown directive "apology-score-foo"; known: apology-score-disable, apology-score-enable, apology-score-ignore-next-line\n',
      );
    });

    it('in a .txt file the comments are text, not directives', async ({ expect }) => {
      const source = 'We are sorry.\n\n<!-- apology-score-disable passive-voice -->\n\nMistakes were made.\n\n<!-- apology-score-enable passive-voice -->\n';
      const dir = tempDir({ 'plain.txt': source });
      const r = await run(['plain.txt', '--format', 'json'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(json(r)[0]!.findings.map((f) => [f.id, f.text, f.start])).toEqual([['passive-voice', 'Mistakes were made', source.indexOf('Mistakes')]]);
    });
  });

  it('Markdown offsets point into the file as written; line:col in the text report', async ({ expect }) => {
    const source = [
      '---',
      'author: Jane Doe',
      'date: 2024-07-20',
      '---',
      '# Our update on the outage',
      '',
      '**We are truly sorry.** We broke the update and it was [a *minor glitch*](http://x).',
      '',
      '- Mistakes were made.',
      '- We rolled back the update and are helping customers restore affected machines.',
      '- We will test every update on our own machines and roll it out in stages.',
      '',
      'Customers could not log in for **six hours** and flights were grounded.',
      '',
    ].join('\n');
    const dir = tempDir({ 'm.md': source });
    const [asJson, text] = await Promise.all([run(['m.md', '--format', 'json'], { cwd: dir }), run(['m.md'], { cwd: dir })]);
    expect([asJson.status, text.status]).toEqual([0, 0]);
    const result = json(asJson)[0]!;
    const spans = [...result.steps.flatMap((s) => s.evidence), ...result.findings];
    expect(spans.length).toBe(8);
    for (const span of spans) expect(source.slice(span.start, span.end)).toBe(span.text);
    expect(result.findings.map((f) => [f.id, f.text])).toEqual([
      ['minimizing', 'minor glitch'],
      ['trivializing', 'glitch'],
      ['passive-voice', 'Mistakes were made'],
    ]);
    // By hand: line 7 is "**We are truly sorry.** We broke the update and it was [a *minor glitch*](http://x).";
    // "minor" is its 60th character, "glitch" its 66th, "We are" its 3rd and "We broke" its 25th.
    // Line 9 is "- Mistakes were made.", "Mistakes" at column 3.
    const findingLines = text.stdout.split('\n').flatMap((l) => /^ {2}(\d+:\d+) +([a-z-]+) {2}/.exec(l)?.slice(1, 3) ?? []);
    expect(findingLines).toEqual(['7:60', 'minimizing', '7:66', 'trivializing', '9:3', 'passive-voice']);
    expect(text.stdout).toContain('\n      7:3  “We are truly sorry”\n');
    expect(text.stdout).toContain('\n      7:25  “We broke”\n');
  });

  describe('formats', () => {
    it('sarif, html to a file, markdown, and quiet text', async ({ expect }) => {
      const dir = tempDir({ 'a.md': SORRY_PASSIVE, 'b.md': 'We are sorry.\n' });
      const [sarif, html, markdown, quiet] = await Promise.all([
        run(['a.md', '--format', 'sarif'], { cwd: dir }),
        run(['a.md', '--format', 'html', '-o', 'out.html'], { cwd: dir }),
        run(['a.md', '--format', 'markdown'], { cwd: dir }),
        run(['a.md', 'b.md', '--quiet'], { cwd: dir }),
      ]);
      expect([sarif.status, (JSON.parse(sarif.stdout) as { version: string }).version]).toEqual([0, '2.1.0']);
      expect(html).toEqual({ status: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(dir, 'out.html'), 'utf8').startsWith('<!DOCTYPE html>\n')).toBe(true);
      expect([markdown.status, markdown.stdout.split('\n')[0]]).toEqual([0, '## a.md: **21/100 F**']);
      const lines = quiet.stdout.split('\n');
      expect(quiet.status).toBe(0);
      expect(lines.length).toBe(4);
      expect(lines[0]).toMatch(/^a\.md +21\/100 F +1 finding$/);
      expect(lines[1]).toMatch(/^b\.md +25\/100 F +0 findings$/);
      expect(lines[2]).toBe('2 statements, mean 23');
      expect(lines[3]).toBe('');
    });
  });

  it('colour: FORCE_COLOR=1 colours piped text, NO_COLOR=1 does not, --no-color beats FORCE_COLOR', async ({ expect }) => {
    const [forced, none, flag, plain] = await Promise.all([
      run([MODEL], { env: { FORCE_COLOR: '1' } }),
      run([MODEL], { env: { NO_COLOR: '1' } }),
      run([MODEL, '--no-color'], { env: { FORCE_COLOR: '1' } }),
      run([MODEL]),
    ]);
    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout.replace(ANSI, '')).toBe(plain.stdout);
    expect(none.stdout).toBe(plain.stdout);
    expect(flag.stdout).toBe(plain.stdout);
    expect(plain.stdout).not.toContain('\x1b');
  });

  it('--version, --help, --list-rubrics, --print-rubric', async ({ expect }) => {
    const [version, help, list, print, nope] = await Promise.all([
      run(['--version']),
      run(['--help']),
      run(['--list-rubrics']),
      run(['--print-rubric', 'five-step']),
      run(['--print-rubric', 'nope']),
    ]);
    expect(version).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('\nUsage:\n');
    expect(help.stdout).toContain('\nExamples:\n');
    expect(list).toEqual({
      status: 0,
      stdout: 'five-step  Five-step apology (en; steps: own-up, acknowledge, apologize, solution, prevention)\n',
      stderr: '',
    });
    expect([print.status, (JSON.parse(print.stdout) as { id: string }).id]).toEqual([0, 'five-step']);
    expect(nope).toEqual({ status: 2, stdout: '', stderr: 'apology-score: --print-rubric: unknown rubric "nope"; built-in rubrics: five-step\n' });
  });

  it('compare: a step changed from missing to met, a positive change; json; one draft is an error', async ({ expect }) => {
    const a = 'We broke the update. Mistakes were made.\n';
    const dir = tempDir({ 'a.md': a, 'b.md': `${a.trimEnd()} We are sorry.\n` });
    const [text, asJson, one] = await Promise.all([
      run(['compare', 'a.md', 'b.md'], { cwd: dir }),
      run(['compare', 'a.md', 'b.md', '--format', 'json'], { cwd: dir }),
      run(['compare', 'a.md'], { cwd: dir }),
    ]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('\n#1 → #2  score +25\n  Apologize: missing → met\n');
    expect(text.stdout.endsWith('\nBest: b.md (51)\n')).toBe(true);
    const steps = (statuses: string[]) =>
      ['own-up', 'acknowledge', 'apologize', 'solution', 'prevention'].map((id, n) => ({ id, status: statuses[n] }));
    const comparison = JSON.parse(asJson.stdout) as {
      drafts: Array<{ file: string; score: number; steps: Array<{ id: string; status: string }>; findings: string[] }>;
      ranking: string[];
      changes: unknown[];
    };
    expect(comparison.drafts.map((d) => ({ file: d.file, score: d.score, steps: d.steps.map(({ id, status }) => ({ id, status })), findings: d.findings }))).toEqual([
      { file: 'a.md', score: 26, steps: steps(['met', 'missing', 'missing', 'missing', 'missing']), findings: ['passive-voice'] },
      { file: 'b.md', score: 51, steps: steps(['met', 'missing', 'met', 'missing', 'missing']), findings: ['passive-voice'] },
    ]);
    expect(comparison.ranking).toEqual(['b.md', 'a.md']);
    expect(comparison.changes).toEqual([
      { from: 'a.md', to: 'b.md', scoreDelta: 25, steps: [{ id: 'apologize', title: 'Apologize', from: 'missing', to: 'met' }], findingsAdded: [], findingsRemoved: [] },
    ]);
    expect(one).toEqual({ status: 2, stdout: '', stderr: 'apology-score: compare needs two or more draft files: apology-score compare draft-1.md draft-2.md\n' });
  });

  it('a batch of 250 files is scored in worker threads, in file order, as each file alone', { timeout: 30_000 }, async ({ expect }) => {
    const originals = ['We broke the update. Mistakes were made.\n', 'We are sorry. Customers could not log in for six hours.\n'];
    const files: Record<string, string> = { 'one/a.md': originals[0]!, 'one/b.md': originals[1]! };
    const names = Array.from({ length: 250 }, (_, n) => `many/s${String(n).padStart(3, '0')}.md`);
    names.forEach((name, n) => (files[name] = originals[n % 2]!));
    const cwd = tempDir(files);
    const [two, one, alone] = await Promise.all([
      run(['many', '--jobs', '2', '--format', 'json', '--debug'], { cwd }),
      run(['many', '--jobs', '1', '--format', 'json', '--debug'], { cwd }),
      run(['one/a.md', 'one/b.md', '--format', 'json', '--debug'], { cwd }),
    ]);
    expect([two.status, one.status, alone.status]).toEqual([0, 0, 0]);
    expect(two.stderr).toBe('apology-score: 250 inputs, 2 worker threads\n');
    expect(one.stderr).toBe('apology-score: 250 inputs, no worker threads\n');
    // Below WORKER_THRESHOLD files, starting workers (each loads wink's model) costs more than it saves.
    expect(alone.stderr).toBe('apology-score: 2 inputs, no worker threads\n');
    const results = json(two);
    expect(results.map((r) => r.file)).toEqual(names);
    const expected = json(alone).map(({ file: _file, ...rest }) => rest);
    results.forEach(({ file: _file, ...rest }, n) => expect(rest).toEqual(expected[n % 2]));
    expect(one.stdout).toBe(two.stdout);
  });

  it('--max-bytes: a larger file is named with its size and the limit, the others scored, exit 2', async ({ expect }) => {
    const dir = tempDir({ 'a.md': 'We are sorry.\n', 'big.md': 'a'.repeat(200) });
    const r = await run(['a.md', 'big.md', '--max-bytes', '100', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(json(r).map((x) => x.file)).toEqual(['a.md']);
    expect(r.stderr).toBe('apology-score: big.md: The statement is 200 bytes (UTF-8); the limit is 100 bytes. Pass a larger maxBytes (CLI: --max-bytes) to score it anyway.\n');
  });
});
