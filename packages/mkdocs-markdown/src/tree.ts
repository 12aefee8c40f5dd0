// What the model does to parsed trees (ids, theme variants), without the parser: a build that
// reads every page from its cache loads this, not micromark and the dialect's extensions.
export {assignFootnoteIds} from './mdast/footnote-ids.js'
export {assignTabIds} from './mdast/tab-ids.js'
export type {TabIdOptions} from './mdast/tab-ids.js'
export {themeVariant} from './theme-variant.js'
