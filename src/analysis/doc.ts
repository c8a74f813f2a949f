/**
 * The one linguistic analysis of a statement. Made once per statement by an analyzer;
 * every check reads it and none re-tokenizes the text.
 */

/** Universal part-of-speech tags, as wink-nlp produces them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** Index of this token in `doc.tokens`. */
  i: number;
  /** UTF-16 offsets into the statement: `doc.text.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Lower case, with typographic apostrophes folded to `'`. */
  lower: string;
  /** Lower-case lemma ("were" → "be", "'m" → "be"). */
  lemma: string;
  pos: Pos;
  /** True when the token is in the scope of a negation ("did n't *test* it"). */
  negated: boolean;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence {
  i: number;
  /** Character offsets of the sentence, from its first to its last token. */
  start: number;
  end: number;
  /** Token index range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Doc {
  text: string;
  lang: 'en' | 'fr';
  tokens: Token[];
  sentences: Sentence[];
}
