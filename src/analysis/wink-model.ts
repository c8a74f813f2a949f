import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import { memoizedLemmatize, type Lemmatize } from './memo-lemmatize.js';

/**
 * wink's English model, with a faster loader for its core (the lexicon and its features) and
 * a memo in front of its lemmatizer (see memo-lemmatize.ts).
 *
 * The model's own loader deep-copies its 3 MB core JSON (JSON.parse of JSON.stringify) and
 * decodes the base64 lexicon one byte at a time: about 35 ms of every cold start on our
 * bench machine, a sixth of it. The copy exists so that each wink instance owns what it writes
 * to; almost all of the 3 MB is two base64 strings that are decoded into new arrays anyway, and
 * the list of 87,000 words, which wink only appends to. This loader copies that list with a
 * slice, decodes the strings with Buffer, and deep-copies the rest (about 40 KB) the way the
 * model does, so the core it returns is equal to the model's and shares nothing wink writes to.
 *
 * Both are used only for the model versions below, whose loader and lemmatizer they were checked
 * against (test/wink-model.test.ts); any other version is handed to wink as it is.
 */
export const CHECKED_MODEL_VERSIONS: readonly string[] = ['1.8.1'];

type WinkModel = typeof model;
type Layout = Record<string, number[]>;
type Feature = { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number };
/** The core JSON's parts that the loader reads or writes; the lexicon and expansions are base64 until decoded. */
interface CoreJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  [part: string]: unknown;
}

const require = createRequire(import.meta.url);
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/**
 * The model to hand to winkNLP: the installed model, with the fast core loader and the
 * memoized lemmatizer when its version was checked. Each call makes a memo of its own.
 */
export function winkModel(version: string = installedVersion()): WinkModel {
  if (!CHECKED_MODEL_VERSIONS.includes(version)) return model;
  const addons = model.addons as { lemmatize: Lemmatize };
  return { ...model, core: fastCore, addons: { ...addons, lemmatize: memoizedLemmatize(addons.lemmatize) } } as WinkModel;
}

function installedVersion(): string {
  return (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
}

/**
 * The core as the model's loader builds it (read-core-model.js and load-core-model.js).
 * The JSON object is the one the model itself required (Node caches it), and it is not written to.
 */
export function fastCore(): unknown {
  const source = require(CORE_JSON) as CoreJson;
  const lexeme = source.features.lexeme!;
  // The large parts are left out of the copy, as empty values that keep their place in key order.
  const small = { ...source, lexicon: '', xpansions: '', features: { ...source.features, lexeme: { ...lexeme, list: [] } } };
  const core = JSON.parse(JSON.stringify(small)) as CoreJson;
  core.lexicon = uint32FromBase64(source.lexicon as string);
  core.xpansions = uint32FromBase64(source.xpansions as string);
  core.features.lexeme!.list = lexeme.list.slice();
  indexFeatures(core);
  return core;
}

/** What the model's loader adds after the copy: word → index tables, part-of-speech clusters, sizes. */
function indexFeatures(core: CoreJson): void {
  const { packing, features, pos } = core;
  const layout = packing.layout;
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features.lexeme!.hash = indexOf(features.lexeme!.list);
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));

  packing.efList = [];
  for (const f in layout) {
    if (layout[f]![3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f]![1]! >>> layout[f]![2]!;
    }
    if (layout[f]![4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
}

function indexOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/** The model's atob loop, done by Buffer; copied into an array of its own, aligned for 32-bit reads. */
function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length * 4));
  return words;
}
