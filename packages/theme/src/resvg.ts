// resvg-js allocates with mimalloc, which by default hands freed memory back to the system
// 10 ms later. A card's pixels (3–8 MiB) are then fresh pages for every card, and where a page
// fault is dear (virtual machines: about 20 µs a page on the 2-core build machine) that alone
// cost 20–70 ms of a card's 25–95 ms in resvg and half of its PNG encoding. Keeping freed pages
// for a second brought resvg to 5–9 ms a card (apps/bench/src/card-costs.mjs), as fast as
// keeping them for good, but a second after the last card the memory goes back. mimalloc reads
// its options from the environment once, when the library loads, so this one is set just for
// that moment, only where the user has not set it, and never leaks to child processes.
// `process.env` of a worker thread is a copy the library does not see: load this module on
// the main thread first (the renderers import it at their top level).
const allocatorOptions: Record<string, string> = {MIMALLOC_PURGE_DELAY: '1000'}

// An import (not a require), so a loader hook sees it like every other module (the unchanged-build test does).
async function load(): Promise<typeof import('@resvg/resvg-js')> {
  const added = Object.keys(allocatorOptions).filter((name) => process.env[name] === undefined)
  for (const name of added) process.env[name] = allocatorOptions[name]
  try {
    const loaded = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js') & {default?: typeof import('@resvg/resvg-js')}
    return loaded.default ?? loaded
  } finally {
    for (const name of added) delete process.env[name]
  }
}

const resvg = await load()

/** resvg-js's `Resvg`, loaded with the allocator settings above: import it from here, not from `@resvg/resvg-js`. */
export const Resvg = resvg.Resvg

export type {RenderedImage, ResvgRenderOptions} from '@resvg/resvg-js'
