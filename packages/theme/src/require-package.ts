import {createRequire} from 'node:module'

/**
 * Node's `require`, resolved from this package: the icon and font packages ship CommonJS and JSON
 * that we load on first use (synchronously, so `resolveIcon` stays a plain function).
 */
export const requirePackage = createRequire(import.meta.url)
