import type {OutputUnit} from '@samizdat/model'
import type {CardMeta} from './card-meta.js'
import type {CardNode} from './h.js'

/** The page (by source) or recommendation (by slug) a card belongs to; cards have no site-wide files. */
export type CardUnit = Pick<OutputUnit, 'id'> & {kind: 'page' | 'recommendation'}

/** One card to render: where it goes, its size, how to build its tree, and the JSON beside it. */
export interface CardJob {
  /** PNG path inside the output folder, from `@samizdat/model`'s paths. */
  file: string
  /** Whose card it is, for an incremental build's units. */
  unit: CardUnit
  size: {width: number; height: number}
  /** Built only when the card is rendered, so a thousand queued cards hold no trees. */
  node: () => CardNode
  meta: CardMeta
}
