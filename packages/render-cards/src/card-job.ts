import type {CardMeta} from './card-meta.js'
import type {CardNode} from './h.js'

/** One card to render: where it goes, its size, how to build its tree, and the JSON beside it. */
export interface CardJob {
  /** PNG path inside the output folder, from `@samizdat/model`'s paths. */
  file: string
  size: {width: number; height: number}
  /** Built only when the card is rendered, so a thousand queued cards hold no trees. */
  node: () => CardNode
  meta: CardMeta
}
