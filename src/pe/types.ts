/**
 * The contract every positional encoding (PE) module fulfils.
 *
 * Notation: L length, d model width, H heads, dh = d / H head width, i/j query/key positions.
 * A PE is a pure function (length, config, learned params) -> some of the backbone's inputs; a method whose
 * positions depend on the text (`readsTokens`: BiPE's segments) also reads the bytes (PeContext.tokens):
 *   ape    [L, d]       added to the token embeddings
 *   distance_bias  [H, L]  added to every layer's attention logit of query i and key j at distance i - j
 *   rq_cos, rq_sin, rk_cos, rk_sin  [L, dh/2]  rotation of queries / keys (HF "rotate_half" pairing)
 * Inputs a method does not return are fed their identity value (zeros, or cos 1 / sin 0).
 * A bias that depends on absolute positions (TUPE's) goes to the dense-bias graph instead, as
 *   bias   [H, L, L]    the same inputs otherwise.
 * FIRE, whose bias is a learned MLP of the distance normalised by the query position, runs on the mlp-bias graph,
 * which holds the MLP (the backbone's weights otherwise) and makes bias[h, i, j] = f(distance_feature[i - j] /
 * query_normaliser[i])_h from two inputs:
 *   distance_feature  [L]  by causal distance;  query_normaliser  [L]  by query position
 * Window and chunk methods run on the multi-band graph instead, whose inputs are K bands (lib/multi-band.ts):
 *   bq_cos, bq_sin, bk_cos, bk_sin  [K, L, dh/2]  each band's rotation of queries / keys
 *   bq_coord, bk_coord  [K, L], band_bounds [K, 2]  which pairs are in which band
 * Encodings whose position term multiplies the content inside attention (Shaw et al., Transformer-XL, DeBERTa) run on
 * the relative-content graph, with its own learned weights, whose one input describes each causal distance:
 *   relative  [L, r]  features of distances 0..L-1, mapped by each layer's learned matrices (demos/model.py);
 *             [L, 2r] with DeBERTa's position-to-content term (the key side's features, then the query side's)
 * DAPE, whose bias depends on the attention logits, runs on the adaptive-bias graph (its own weights: an MLP per
 * layer that mixes each pair's logits and biases across heads), fed the backbone's bias by distance alone:
 *   distance_bias  [H, L]
 * CoPE, whose positions are counted inside attention from the content, runs on the contextual graph (its own weights:
 * each layer's table of position embeddings), which takes no PE input at all: only the tokens (and attention_pick).
 * The complex embedding, whose position term depends on the byte, runs on the complex-embedding graph (its own
 * weights: each byte's amplitude, frequency and phase), fed the positions alone:
 *   positions  [L]
 */
import type { z } from 'zod';

export interface Tensor {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

const ROTATION_ROLES = ['rq_cos', 'rq_sin', 'rk_cos', 'rk_sin'] as const;
export const INPUT_ROLES = ['ape', 'distance_bias', ...ROTATION_ROLES] as const;
export const DENSE_BIAS_ROLES = ['ape', 'bias', ...ROTATION_ROLES] as const;
export const BAND_ROLES = ['bq_cos', 'bq_sin', 'bk_cos', 'bk_sin', 'bq_coord', 'bk_coord', 'band_bounds'] as const;
export const RELATIVE_CONTENT_ROLES = ['relative'] as const;
export const ADAPTIVE_BIAS_ROLES = ['distance_bias'] as const;
export const CONTEXTUAL_ROLES = [] as const;
export const COMPLEX_EMBEDDING_ROLES = ['positions'] as const;
export const MLP_BIAS_ROLES = ['distance_feature', 'query_normaliser'] as const;
export type InputRole = (typeof INPUT_ROLES)[number] | (typeof DENSE_BIAS_ROLES)[number];
export type BandRole = (typeof BAND_ROLES)[number];
export type BandInputs = Record<BandRole, Tensor>;
export type RelativeContentInputs = Record<(typeof RELATIVE_CONTENT_ROLES)[number], Tensor>;
export type ComplexEmbeddingInputs = Record<(typeof COMPLEX_EMBEDDING_ROLES)[number], Tensor>;
export type MlpBiasInputs = Record<(typeof MLP_BIAS_ROLES)[number], Tensor>;
export type PeInputs = Partial<Record<InputRole, Tensor>> | BandInputs | RelativeContentInputs | ComplexEmbeddingInputs | MlpBiasInputs;
export type BackboneInputs = Record<(typeof INPUT_ROLES)[number], Tensor>;
export type DenseBiasInputs = Record<(typeof DENSE_BIAS_ROLES)[number], Tensor>;
export type AdaptiveBiasInputs = Record<(typeof ADAPTIVE_BIAS_ROLES)[number], Tensor>;
export type ContextualInputs = Readonly<Record<string, never>>;
/** A complete feed but tokens: every input of the backbone, the dense-bias, the multi-band, the relative-content, the adaptive-bias, the contextual (none), the complex-embedding or the mlp-bias graph. */
export type FullInputs = BackboneInputs | DenseBiasInputs | BandInputs | RelativeContentInputs | AdaptiveBiasInputs | ContextualInputs | ComplexEmbeddingInputs | MlpBiasInputs;

/** The exported graphs (public/models/manifest.json `graph`) and the PE inputs each takes. */
export const GRAPH_ROLES = {
  backbone: INPUT_ROLES,
  'dense-bias': DENSE_BIAS_ROLES,
  'multi-band': BAND_ROLES,
  'relative-content': RELATIVE_CONTENT_ROLES,
  'adaptive-bias': ADAPTIVE_BIAS_ROLES,
  contextual: CONTEXTUAL_ROLES,
  'complex-embedding': COMPLEX_EMBEDDING_ROLES,
  'mlp-bias': MLP_BIAS_ROLES,
} as const;
export type GraphName = keyof typeof GRAPH_ROLES;

export interface ModelDims {
  readonly d: number;
  readonly heads: number;
  readonly headDim: number;
}

export interface PeContext {
  readonly length: number;
  readonly dims: ModelDims;
  /** Training length of the base model: the L in PI's L'/L, YaRN's and dynamic NTK's formulas. */
  readonly trainLength: number;
  /** Learned PE parameters exported beside the model (empty for parameter-free methods). */
  readonly params: Readonly<Record<string, Tensor>>;
  /**
   * The bytes [length] the inputs are for. Every evaluation gives them (src/demo/evaluate.ts); only a method that
   * `readsTokens` uses them, and it throws without them.
   */
  readonly tokens?: Uint8Array;
}

export type PeKind = 'ape' | 'distance-bias' | 'dense-bias' | 'mlp-bias' | 'rotary' | 'multi-band' | 'relative-content' | 'adaptive-bias' | 'contextual' | 'complex-embedding';

/** The graph a method's inputs are fed to. */
export function graphOf(kind: PeKind): GraphName {
  return kind === 'ape' || kind === 'distance-bias' || kind === 'rotary' ? 'backbone' : kind;
}

export interface PeMethod<Schema extends z.ZodType = z.ZodType> {
  readonly id: string;
  readonly kind: PeKind;
  /** Trained models this method's positions are fed to (see public/models/manifest.json). */
  readonly models: readonly string[];
  /** Inference-time RoPE scaling: the benchmark sets `factor` to the evaluated multiple of L. */
  readonly scalesWithLength?: boolean;
  /** Positions that depend on the text (BiPE): compute reads ctx.tokens, so inputs are computed per text, not per length. */
  readonly readsTokens?: boolean;
  readonly configSchema: Schema;
  compute(ctx: PeContext, config: z.output<Schema>): PeInputs;
  /**
   * For methods that randomise positions in training: one draw of the positions a training window
   * of `length` gets (for figures; the PyTorch twin draws its own in training).
   */
  sampleTrainingPositions?(length: number, config: z.output<Schema>, rand: () => number): Float64Array;
}

export function tensor(data: Float32Array, dims: readonly number[]): Tensor {
  const size = dims.reduce((a, b) => a * b, 1);
  if (data.length !== size) throw new Error(`tensor of ${data.length} values cannot have dims [${dims.join(', ')}]`);
  return { data, dims };
}
