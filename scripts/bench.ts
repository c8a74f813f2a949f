/**
 * `npm run bench`: how fast and how lean the BUILT package is (`dist/index.js`, `dist/cli.js`),
 * measured against a bare wink-nlp read of the same text. It reports and never gates: PASS/FAIL is
 * printed per target, and it always exits 0 (2 only when dist/index.js is missing).
 *
 *   npm run bench                  build, then every section
 *   npm run bench -- --quick       fewer rounds (about a third of the time)
 *   npm run bench -- --cli <path>  batch with another CLI build than dist/cli.js
 *
 * Sections:
 * - floor vs score: the floor is `readDoc` plus reading every token's value, POS and lemma and the
 *   sentence spans, what any consumer of wink's reading needs. Both are warmed up, then timed
 *   interleaved, statement by statement, alternating which goes first each round.
 * - cold start: wall time from spawn to exit of a fresh `node` that imports the package and scores
 *   one corpus statement, beside a bare `node -e ""` and a process that imports wink and its model
 *   and reads the same statement (the cold floor).
 * - growth: time per character for a 10 KB and a 1 MB statement (corpus statements concatenated).
 * - memory: peak RSS of a child that imports the package and scores the 1 MB statement, and of one
 *   that only imports it.
 * - batch: `node dist/cli.js --quiet <dir>` over 10,000 generated statement files, run under
 *   `scripts/lib/peak-rss.mjs` for the peak RSS (worker threads included).
 *
 * Prints a table and writes bench/results.json with the figures and the machine they came from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseStatementFile } from '../src/input/statement-file.js';
import { fixed, hrMs, median, prng, round, sum, table, timeMs } from './lib/timing.js';

type Package = typeof import('../src/index.js');

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist/index.js');
const cliFlag = process.argv.indexOf('--cli');
const CLI = cliFlag > 0 && process.argv[cliFlag + 1] ? resolve(process.argv[cliFlag + 1]!) : join(ROOT, 'dist/cli.js');
const PEAK_RSS = join(ROOT, 'scripts/lib/peak-rss.mjs');
const CORPUS = join(ROOT, 'test/fixtures/corpus/statements');
const RESULTS = join(ROOT, 'bench/results.json');

const TARGET = { ratio: 1.3, coldMs: 250, growth: 1.3 };

const quick = process.argv.includes('--quick');
// Rounds are cheap (about 15 ms each); many of them keep the medians steady on a shared machine.
const ROUNDS = quick ? 41 : 101;
const COLD_RUNS = quick ? 5 : 11;
const GROWTH_RUNS_10K = quick ? 7 : 31;
const GROWTH_RUNS_1M = quick ? 1 : 3;
const BATCH_COUNT = 10_000;

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!existsSync(DIST)) {
  console.error(`bench: ${DIST} is missing; run npm run build first (npm run bench does).`);
  process.exit(2);
}
const pkg = (await import(new URL(`file://${DIST}`).href)) as Package;

/** English corpus statements, front matter dropped. */
function corpus(): Array<{ id: string; body: string }> {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const { meta, body } = parseStatementFile(readFileSync(join(CORPUS, file), 'utf8'));
      return { id: file.replace(/\.md$/, ''), lang: meta.lang ?? 'en', body };
    })
    .filter((s) => s.lang === 'en');
}

const statements = corpus();
const machine = {
  node: process.version,
  platform: `${platform()} ${release()}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cpus: cpus().length,
  totalMemoryGB: round(totalmem() / 2 ** 30, 1),
};
const machineLine = `${machine.cpu}, ${machine.cpus} CPUs, ${machine.totalMemoryGB} GB, Node ${machine.node}, ${machine.platform}`;

// ---------------------------------------------------------------------------------------------
// a. floor vs score

const nlp = winkNLP(model);
const its = nlp.its;

/** The floor: one wink reading and, in bulk, what a consumer reads from it. */
function floor(text: string): number {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(its.lemma as typeof its.pos);
  const spans = doc.sentences().out(its.span);
  return values.length + pos.length + lemmas.length + spans.length;
}

function floorVsScore() {
  log(`floor vs score: ${statements.length} statements, ${ROUNDS} rounds`);
  for (let w = 0; w < 3; w++) {
    for (const { body } of statements) {
      floor(body);
      pkg.score(body);
    }
  }
  const floorMs = statements.map(() => [] as number[]);
  const scoreMs = statements.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    statements.forEach(({ body }, i) => {
      if (r % 2 === 0) {
        floorMs[i]!.push(timeMs(() => floor(body)));
        scoreMs[i]!.push(timeMs(() => pkg.score(body)));
      } else {
        scoreMs[i]!.push(timeMs(() => pkg.score(body)));
        floorMs[i]!.push(timeMs(() => floor(body)));
      }
    });
  }
  // Per statement: the median over rounds. Then across statements: the median and the sum.
  const perFloor = floorMs.map(median);
  const perScore = scoreMs.map(median);
  const floorMedian = median(perFloor);
  const scoreMedian = median(perScore);
  const ratioMedians = scoreMedian / floorMedian;
  const ratioSums = sum(perScore) / sum(perFloor);
  const perStatementRatios = perScore.map((s, i) => s / perFloor[i]!);
  const worst = perStatementRatios.reduce((w, r, i) => (r > perStatementRatios[w]! ? i : w), 0);
  return {
    statements: statements.length,
    chars: sum(statements.map((s) => s.body.length)),
    rounds: ROUNDS,
    floorMedianMs: round(floorMedian, 4),
    scoreMedianMs: round(scoreMedian, 4),
    floorSumMs: round(sum(perFloor), 3),
    scoreSumMs: round(sum(perScore), 3),
    ratioOfMedians: round(ratioMedians, 3),
    ratioOfSums: round(ratioSums, 3),
    worstStatement: { id: statements[worst]!.id, ratio: round(perStatementRatios[worst]!, 3) },
    target: TARGET.ratio,
    pass: ratioMedians <= TARGET.ratio,
    perStatement: statements.map((s, i) => ({ id: s.id, chars: s.body.length, floorMs: round(perFloor[i]!, 4), scoreMs: round(perScore[i]!, 4) })),
  };
}

// ---------------------------------------------------------------------------------------------
// b. cold start

function runNode(args: string[], env: Record<string, string> = {}, options: { timeoutMs?: number; fd3?: boolean } = {}) {
  const start = hrMs();
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    timeout: options.timeoutMs ?? 120_000,
  });
  const wallMs = hrMs() - start;
  if (child.error) throw child.error;
  return { wallMs, status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

const distUrl = new URL(`file://${DIST}`).href;
// performance.now() in a child counts from its start: the first line of a module body runs once its
// static imports are loaded, so the marks split the time into import and first read.
const COLD_PACKAGE = `import { score } from ${JSON.stringify(distUrl)};
const imported = performance.now();
const v = score(process.env.STATEMENT);
process.stdout.write(JSON.stringify({ importedMs: imported, inProcessMs: performance.now(), score: v.score }));`;
const COLD_WINK = `import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const imported = performance.now();
const nlp = winkNLP(model);
const doc = nlp.readDoc(process.env.STATEMENT);
doc.tokens().out(); doc.tokens().out(nlp.its.pos); doc.tokens().out(nlp.its.lemma); doc.sentences().out(nlp.its.span);
process.stdout.write(JSON.stringify({ importedMs: imported, inProcessMs: performance.now() }));`;

function coldStart() {
  // A mid-sized statement: the median-length English corpus statement.
  const bySize = [...statements].sort((a, b) => a.body.length - b.body.length);
  const statement = bySize[Math.floor(bySize.length / 2)]!;
  log(`cold start: ${COLD_RUNS} runs each, statement ${statement.id} (${statement.body.length} chars)`);
  const env = { STATEMENT: statement.body };
  const runs = {
    bare: [] as number[],
    wink: [] as number[],
    pkg: [] as number[],
    winkImported: [] as number[],
    winkInProcess: [] as number[],
    pkgImported: [] as number[],
    pkgInProcess: [] as number[],
  };
  /** One cold child: its wall time from spawn to exit, and the marks it prints (imports done, verdict done). */
  const coldChild = (name: string, code: string, wall: number[], imported: number[], inProcess: number[]) => {
    const r = runNode(['--input-type=module', '-e', code], env);
    if (r.status !== 0) throw new Error(`cold ${name} child failed: ${r.stderr}`);
    wall.push(r.wallMs);
    const marks = JSON.parse(r.stdout);
    imported.push(marks.importedMs);
    inProcess.push(marks.inProcessMs);
  };
  runNode(['-e', '']); // warm the file system cache
  runNode(['--input-type=module', '-e', COLD_PACKAGE], env);
  for (let i = 0; i < COLD_RUNS; i++) {
    const order = [0, 1, 2].map((k) => (k + i) % 3);
    for (const which of order) {
      if (which === 0) runs.bare.push(runNode(['-e', '']).wallMs);
      if (which === 1) coldChild('wink', COLD_WINK, runs.wink, runs.winkImported, runs.winkInProcess);
      if (which === 2) coldChild('package', COLD_PACKAGE, runs.pkg, runs.pkgImported, runs.pkgInProcess);
    }
  }
  const pkgMs = median(runs.pkg);
  return {
    statement: statement.id,
    chars: statement.body.length,
    runs: COLD_RUNS,
    includes: 'wall time from spawn to exit of `node --input-type=module -e` that imports dist/index.js and scores one statement (Node startup included)',
    bareNodeMs: round(median(runs.bare), 1),
    winkFloorMs: round(median(runs.wink), 1),
    packageMs: round(pkgMs, 1),
    packageMinusBareMs: round(pkgMs - median(runs.bare), 1),
    inProcess: 'performance.now() in the child: from its start to the end of the imports, and to the verdict',
    winkFloorImportedMs: round(median(runs.winkImported), 1),
    winkFloorInProcessMs: round(median(runs.winkInProcess), 1),
    packageImportedMs: round(median(runs.pkgImported), 1),
    packageInProcessMs: round(median(runs.pkgInProcess), 1),
    target: TARGET.coldMs,
    pass: pkgMs <= TARGET.coldMs,
  };
}

// ---------------------------------------------------------------------------------------------
// c. growth

/** Corpus statements joined by blank lines, cut at a space to at most `bytes` UTF-8 bytes. */
function statementOfSize(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = statements[i % statements.length]!.body.trim() + '\n\n';
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  let text = parts.join('');
  while (Buffer.byteLength(text) > bytes) {
    // Trim by about the excess (at least one character), then back to a whitespace.
    const excess = Buffer.byteLength(text) - bytes;
    text = text.slice(0, text.length - Math.max(1, Math.ceil(excess / 3)));
  }
  const cut = text.search(/\s\S*$/);
  return (cut > 0 ? text.slice(0, cut) : text).trimEnd();
}

function growth(small: string, large: string) {
  log(`growth: ${small.length} chars × ${GROWTH_RUNS_10K}, ${large.length} chars × ${GROWTH_RUNS_1M}`);
  for (let i = 0; i < 3; i++) pkg.score(small);
  const smallMs: number[] = [];
  const smallFloorMs: number[] = [];
  for (let i = 0; i < GROWTH_RUNS_10K; i++) {
    smallMs.push(timeMs(() => pkg.score(small)));
    smallFloorMs.push(timeMs(() => floor(small)));
  }
  const largeMs: number[] = [];
  const largeFloorMs: number[] = [];
  for (let i = 0; i < GROWTH_RUNS_1M; i++) {
    largeMs.push(timeMs(() => pkg.score(large)));
    largeFloorMs.push(timeMs(() => floor(large)));
  }
  const per1000 = (ms: number, chars: number) => (ms * 1000) / (chars / 1000); // µs per 1000 characters
  const smallRate = per1000(median(smallMs), small.length);
  const largeRate = per1000(median(largeMs), large.length);
  const ratio = largeRate / smallRate;
  return {
    small: { bytes: Buffer.byteLength(small), chars: small.length, runs: GROWTH_RUNS_10K, scoreMs: round(median(smallMs), 3), usPer1000Chars: round(smallRate, 1), floorMs: round(median(smallFloorMs), 3), floorUsPer1000Chars: round(per1000(median(smallFloorMs), small.length), 1) },
    large: { bytes: Buffer.byteLength(large), chars: large.length, runs: GROWTH_RUNS_1M, scoreMs: round(median(largeMs), 1), usPer1000Chars: round(largeRate, 1), floorMs: round(median(largeFloorMs), 1), floorUsPer1000Chars: round(per1000(median(largeFloorMs), large.length), 1) },
    ratio: round(ratio, 3),
    floorRatio: round(per1000(median(largeFloorMs), large.length) / per1000(median(smallFloorMs), small.length), 3),
    target: TARGET.growth,
    pass: ratio <= TARGET.growth,
  };
}

// ---------------------------------------------------------------------------------------------
// d. memory

const MEMORY_SCORE = `import { readFileSync } from 'node:fs';
import { score } from ${JSON.stringify(distUrl)};
const v = score(readFileSync(process.env.STATEMENT_FILE, 'utf8'));
process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, score: v.score }));`;
const MEMORY_IMPORT = `import { score } from ${JSON.stringify(distUrl)};
process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, loaded: typeof score }));`;

function memory(large: string, work: string) {
  log('memory: peak RSS of a child scoring the 1 MB statement');
  const file = join(work, 'statement-1mb.txt');
  writeFileSync(file, large);
  const scored = runNode(['--input-type=module', '-e', MEMORY_SCORE], { STATEMENT_FILE: file });
  if (scored.status !== 0) throw new Error(`memory child failed: ${scored.stderr}`);
  const imported = runNode(['--input-type=module', '-e', MEMORY_IMPORT]);
  if (imported.status !== 0) throw new Error(`memory baseline child failed: ${imported.stderr}`);
  const mb = (kB: number) => round(kB / 1024, 1);
  const scoreKB = JSON.parse(scored.stdout).maxRSS as number;
  const importKB = JSON.parse(imported.stdout).maxRSS as number;
  return { bytes: Buffer.byteLength(large), score1MBPeakRssMB: mb(scoreKB), importOnlyPeakRssMB: mb(importKB), differenceMB: mb(scoreKB - importKB) };
}

// ---------------------------------------------------------------------------------------------
// e. batch

/** 10,000 statement files: corpus statements, sentence subsets of them, and mixes of two. */
function writeBatch(dir: string, count: number): number {
  const random = prng(20240719);
  const split = statements.map((s) => s.body.trim().split(/(?<=[.!?…])\s+/).filter((x) => x.length > 0));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sentences = split[i % split.length]!;
    let body: string;
    const kind = random();
    if (kind < 0.3) body = sentences.join(' ');
    else if (kind < 0.8) {
      const from = Math.floor(random() * sentences.length);
      const to = Math.min(sentences.length, from + 1 + Math.floor(random() * 8));
      body = sentences.slice(from, to).join(' ');
    } else {
      const other = split[Math.floor(random() * split.length)]!;
      body = [...sentences.filter(() => random() < 0.5), ...other.filter(() => random() < 0.3)].join(' ') || sentences[0]!;
    }
    const name = `s${String(i).padStart(5, '0')}`;
    const source = `---\nid: ${name}\nlang: en\n---\n${body}\n`;
    bytes += Buffer.byteLength(source);
    writeFileSync(join(dir, `${name}.md`), source);
  }
  return bytes;
}

function batch(work: string) {
  if (!existsSync(CLI)) {
    const name = relative(ROOT, CLI);
    log(`batch: skipped (${name} not built)`);
    return { skipped: `${name} not built` };
  }
  const dir = join(work, 'batch');
  mkdirSync(dir);
  const bytes = writeBatch(dir, BATCH_COUNT);
  log(`batch: ${BATCH_COUNT} files (${(bytes / 1e6).toFixed(1)} MB) → node ${relative(ROOT, CLI)} --quiet <dir>`);
  const rssFile = join(work, 'peak-rss.json');
  const run = runNode([PEAK_RSS, CLI, '--quiet', dir], { PEAK_RSS_FILE: rssFile }, { timeoutMs: 600_000 });
  const maxRSS = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')).maxRSS as number) : NaN;
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '').length;
  return {
    cli: relative(ROOT, CLI),
    statements: BATCH_COUNT,
    bytes,
    exitCode: run.status,
    signal: run.signal,
    outputLines: lines,
    wallMs: round(run.wallMs, 0),
    statementsPerSecond: round(BATCH_COUNT / (run.wallMs / 1000), 0),
    peakRssMB: round(maxRSS / 1024, 1),
    stderr: run.stderr.trim().slice(0, 2000) || undefined,
  };
}

// ---------------------------------------------------------------------------------------------

const started = hrMs();
const work = mkdtempSync(join(tmpdir(), 'apology-score-bench-'));
try {
  const a = floorVsScore();
  const b = coldStart();
  const small = statementOfSize(10_000);
  const large = statementOfSize(1_000_000);
  const c = growth(small, large);
  const d = memory(large, work);
  const e = batch(work);

  const rows: string[][] = [['measure', 'value', 'target', '']];
  rows.push(['floor: median per statement', `${fixed(a.floorMedianMs, 3)} ms`, '', '']);
  rows.push(['score(): median per statement', `${fixed(a.scoreMedianMs, 3)} ms`, '', '']);
  rows.push(['score() / floor, medians', `${fixed(a.ratioOfMedians)}×`, `≤ ${TARGET.ratio}×`, verdict(a.pass)]);
  rows.push([`score() / floor, sums (${a.statements} statements)`, `${fixed(a.ratioOfSums)}×`, '', '']);
  rows.push([`worst statement ratio (${a.worstStatement.id})`, `${fixed(a.worstStatement.ratio)}×`, '', '']);
  rows.push(['cold: bare node -e ""', `${fixed(b.bareNodeMs, 0)} ms`, '', '']);
  rows.push(['cold: wink import + model + read', `${fixed(b.winkFloorMs, 0)} ms`, '', '']);
  rows.push(['cold: import package + score one', `${fixed(b.packageMs, 0)} ms`, `≤ ${TARGET.coldMs} ms`, verdict(b.pass)]);
  rows.push(['cold: the same minus bare node', `${fixed(b.packageMinusBareMs, 0)} ms`, '', '']);
  // What the package adds to wink's own cold start (rubric, zod, our code), measured in the same run.
  rows.push(['cold: package minus wink', `${fixed(b.packageMs - b.winkFloorMs, 0)} ms`, '', '']);
  rows.push(['cold, in process: wink imports / read done', `${fixed(b.winkFloorImportedMs, 0)} / ${fixed(b.winkFloorInProcessMs, 0)} ms`, '', '']);
  rows.push(['cold, in process: package imports / verdict', `${fixed(b.packageImportedMs, 0)} / ${fixed(b.packageInProcessMs, 0)} ms`, '', '']);
  rows.push([`growth: ${(c.small.bytes / 1000).toFixed(0)} KB statement`, `${fixed(c.small.usPer1000Chars, 0)} µs/1000 ch`, '', '']);
  rows.push([`growth: ${(c.large.bytes / 1e6).toFixed(1)} MB statement (${fixed(c.large.scoreMs / 1000)} s)`, `${fixed(c.large.usPer1000Chars, 0)} µs/1000 ch`, '', '']);
  rows.push(['growth: 1 MB / 10 KB per character', `${fixed(c.ratio)}×`, `≤ ${TARGET.growth}×`, verdict(c.pass)]);
  rows.push(['growth: floor 1 MB / 10 KB per character', `${fixed(c.floorRatio)}×`, '', '']);
  rows.push(['memory: peak RSS, import only', `${fixed(d.importOnlyPeakRssMB, 1)} MB`, '', '']);
  rows.push(['memory: peak RSS, score 1 MB', `${fixed(d.score1MBPeakRssMB, 1)} MB`, '', '']);
  if ('skipped' in e) rows.push(['batch', '-', '', `skipped (${e.skipped})`]);
  else {
    rows.push([`batch: ${e.statements} statements, wall`, `${fixed(e.wallMs / 1000)} s`, '', e.exitCode === 0 ? '' : `exit ${e.exitCode ?? e.signal}`]);
    rows.push(['batch: statements per second', `${fixed(e.statementsPerSecond, 0)}`, '', '']);
    rows.push(['batch: peak RSS (workers included)', `${fixed(e.peakRssMB, 1)} MB`, '', '']);
    rows.push(['batch: output lines (one per input + total)', String(e.outputLines), String(e.statements + 1), e.outputLines === e.statements + 1 ? '' : 'CHECK']);
  }

  const results = {
    date: new Date().toISOString(),
    quick,
    machine,
    floorVsScore: a,
    coldStart: b,
    growth: c,
    memory: d,
    batch: e,
    benchSeconds: round((hrMs() - started) / 1000, 1),
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');

  console.log(`\napology-score bench${quick ? ' (--quick)' : ''}, ${results.date.slice(0, 10)}`);
  console.log(`machine: ${machineLine}\n`);
  console.log(table(rows, [1]));
  console.log(`\n${results.benchSeconds} s; figures in bench/results.json`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
