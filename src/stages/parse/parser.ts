/**
 * The trained dependency parser: wink's tags are first corrected by the tag refiner (tagger.ts),
 * then arc-eager decoding (greedy, or a beam of ParserOptions.beamWidth) with averaged-perceptron
 * transition and relation classifiers.
 * Input is words and wink-nlp UPOS tags; output is UD heads and relations. One Parser reuses its
 * buffers between calls, so it is not re-entrant: use one per worker.
 */
import { fileURLToPath } from 'node:url';
import { ParseState, LEFT, RIGHT } from './transition.js';
import { actionFeatures } from './features.js';
import { SentenceAtoms } from './atoms.js';
import { loadModel, type LoadedModel } from './model-io.js';
import { Scratch, bestValidAction, predictLabel, singleRoot } from './decode.js';
import { refineTags, MAX_TAG_FEATURES } from './tagger.js';
import { UPOS } from './atoms.js';
import { Beam } from './beam.js';

export interface ParseResult {
  /** 0-based index of each word's head, -1 for the root. */
  heads: Int32Array;
  rels: string[];
}

export interface ParserOptions {
  /**
   * Beam width for decoding; 1 is greedy. Defaults to the width the model was trained with (its
   * info.beamWidth), which is where a model does best; a wider beam costs time about in proportion.
   */
  beamWidth?: number;
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/parser/model.bin.gz', import.meta.url));

export class Parser {
  readonly labels: string[];
  private readonly model: LoadedModel;
  private readonly rootLabel: number;
  private readonly state = new ParseState();
  private readonly atoms: SentenceAtoms;
  private readonly scratch: Scratch;
  private readonly tagKeys = new Int32Array(MAX_TAG_FEATURES);
  private readonly tagScores = new Float32Array(UPOS.length);
  private readonly beam: Beam | null;

  constructor(model: LoadedModel, options: ParserOptions = {}) {
    this.model = model;
    const width = options.beamWidth ?? Number(model.info.beamWidth ?? 1);
    if (!Number.isInteger(width) || width < 1) throw new Error('EW_ERR_PARSER_OPTIONS: beamWidth must be a positive integer');
    this.beam = width > 1 ? new Beam(width) : null;
    this.atoms = new SentenceAtoms(model.clusters);
    this.labels = model.labels;
    this.rootLabel = model.labels.indexOf('root');
    if (this.rootLabel < 0) throw new Error('EW_ERR_PARSER_MODEL: model has no root label');
    this.scratch = new Scratch(model.labels.length);
  }

  parse(words: readonly string[], tags: readonly string[]): ParseResult {
    if (words.length !== tags.length) throw new Error('EW_ERR_PARSER_INPUT: words and tags differ in length');
    const n = words.length;
    const { state, atoms, scratch, model, rootLabel } = this;
    atoms.load(words, tags);
    refineTags(atoms, model.tagTable, this.tagKeys, this.tagScores);
    if (this.beam !== null) {
      const beam = this.beam;
      beam.reset(n);
      while (!beam.isTerminal()) beam.advance(atoms, model.actions, model.labelTable, rootLabel, scratch);
      state.copyFrom(beam.items[0]); // already terminal: the greedy loop below does nothing
    } else {
      state.reset(n);
    }
    while (!state.isTerminal()) {
      const count = actionFeatures(state, atoms, scratch.keys);
      model.actions.score(scratch.keys, count, scratch.actionScores);
      const action = bestValidAction(state, scratch.actionScores);
      let label = -1;
      if (action === LEFT || action === RIGHT) {
        label = predictLabel(state, atoms, state.arcHead(action), state.arcDependent(action), model.labelTable, rootLabel, scratch);
      }
      state.apply(action, label);
    }
    singleRoot(state, atoms, model.labelTable, rootLabel, scratch);
    const heads = new Int32Array(n);
    const rels = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      heads[i] = state.heads[i] === n ? -1 : state.heads[i];
      rels[i] = this.labels[state.labels[i]];
    }
    return { heads, rels };
  }

  /** The tags the parser's features read: wink's tags as corrected by the model's tagger. */
  refinedTags(words: readonly string[], tags: readonly string[]): string[] {
    this.atoms.load(words, tags);
    refineTags(this.atoms, this.model.tagTable, this.tagKeys, this.tagScores);
    return Array.from(this.atoms.tag.subarray(0, words.length), (t) => UPOS[t]);
  }
}

/** Loads the shipped model (or another file written by scripts/train-parser.ts). */
export function loadParser(path: string = DEFAULT_MODEL_PATH, options: ParserOptions = {}): Parser {
  return new Parser(loadModel(path), options);
}
