// The renderers the benchmark times, each through the public function the CLI calls, and
// imported from the packages' built dist: one that is not built is reported, not fatal.

/**
 * Every stage `--only` can name, in the order they run. `leaflets` times the leaflets alone, on
 * 1 thread and on 2; `pdfs` every PDF (leaflets and handouts), on 1 thread and on 2.
 */
export const stageNames = ['parse', 'html', 'pdf', 'cards', 'leaflets', 'pdfs']

/** Worker threads beside the calling one (which renders too) that the `leaflets` and `pdfs` stages run with: 1 thread, then 2. */
export const leafletWorkers = [0, 1]

/** The renderers as the CLI runs them: `render(bundle, outDir)` into an empty folder. */
export const renderers = [
  {name: 'html', folder: 'site', specifier: '@samizdat/render-html', exportName: 'renderHtml'},
  {name: 'pdf', folder: 'leaflets', specifier: '@samizdat/render-pdf', exportName: 'renderPdf'},
  {name: 'cards', folder: 'cards', specifier: '@samizdat/render-cards', exportName: 'renderCards'}
]

/**
 * Import a built package's export: `{fn}` when it is there, `{missing}` (why) when the
 * package has no dist yet or does not export the function.
 */
export async function importBuilt(specifier, exportName) {
  let module
  try {
    module = await import(specifier)
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      return {missing: `not built: ${String(error.message).split('\n')[0]} (run npx turbo build)`}
    }
    throw error
  }
  const fn = module[exportName]
  return typeof fn === 'function' ? {fn} : {missing: `not built: ${specifier}'s dist has no ${exportName} (run npx turbo build)`}
}
