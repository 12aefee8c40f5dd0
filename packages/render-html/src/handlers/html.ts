import type {ContextHandler} from './handler.js'

/**
 * Raw HTML in Markdown is dropped, never passed through: the guide does not need it,
 * and passing it through would let a page carry scripts and event handlers past the
 * sanitizer's intent. (Dropping rather than escaping keeps stray tags out of the text.)
 */
export const html: ContextHandler<unknown> = () => undefined
