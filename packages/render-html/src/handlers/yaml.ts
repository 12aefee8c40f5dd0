import type {ContextHandler} from './handler.js'

/** Front matter is metadata, already in the bundle: it renders as nothing. */
export const yaml: ContextHandler<unknown> = () => undefined
