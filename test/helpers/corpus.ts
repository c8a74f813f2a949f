import { readdirSync, readFileSync } from 'node:fs';
import { parseStatementFile } from '../../src/input/statement-file.js';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const EXAMPLES = new URL('../../examples/crowdstrike/', import.meta.url);

export interface Statement {
  id: string;
  lang: string;
  body: string;
}

export interface GoldLabel {
  id: string;
  'own-up': number;
  acknowledge: number;
  apologize: number;
  solution: number;
  prevention: number;
  anti: string[];
  overall: number;
}

function readFolder(folder: URL): Statement[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const { meta, body } = parseStatementFile(readFileSync(new URL(file, folder), 'utf8'));
      return { id: file.replace(/\.md$/, ''), lang: meta.lang ?? 'en', body };
    });
}

export const corpusStatements = (): Statement[] => readFolder(new URL('statements/', CORPUS));
export const crowdstrikeExamples = (): Statement[] => readFolder(EXAMPLES);
export const goldLabels = (): GoldLabel[] => JSON.parse(readFileSync(new URL('labels.json', CORPUS), 'utf8')) as GoldLabel[];
