// The benchmark's table for people; `--json` prints the same data for machines.

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
const duration = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`)
const rate = (stage) => `${(stage.items / (stage.ms / 1000)).toFixed(stage.items / (stage.ms / 1000) >= 100 ? 0 : 1)} ${stage.unit}/s`

const labels = {
  mkdocs: 'mkdocs build (HTML only)',
  floor: 'floor: unified',
  parse: 'parse (loadSite)',
  html: 'html (renderHtml)',
  search: 'search (Pagefind)',
  pdf: 'pdf (renderPdf)',
  cards: 'cards (renderCards)',
  'leaflets-1': 'leaflets, 1 thread',
  'leaflets-2': 'leaflets, 2 threads',
  'pdfs-1': 'all PDFs, 1 thread',
  'pdfs-2': 'all PDFs, 2 threads',
  'cold-all': 'samizdat build, cold',
  'cold-html': 'samizdat build --only html, cold'
}

// Rows measured beside the build, not stages of it.
const beside = (stageName) => stageName === 'mkdocs' || stageName.startsWith('cold-') || stageName.startsWith('leaflets') || stageName.startsWith('pdfs')

// A real project's cold builds against MkDocs' own (the issue's targets: all outputs ≤ 2×, HTML only ≤ 0.3×).
function project(r) {
  const {mkdocs, 'cold-all': all, 'cold-html': html} = r.stages
  if (all === undefined) return ''
  const against = (stage) => (stage?.ms === undefined ? 'failed' : mkdocs?.ms === undefined ? duration(stage.ms) : `${duration(stage.ms)} = ${(stage.ms / mkdocs.ms).toFixed(2)}× MkDocs`)
  return `; cold samizdat build: all outputs ${against(all)}, HTML only ${against(html)}${mkdocs?.ms === undefined ? ' (MkDocs not measured)' : ''}`
}

/** Render the results of every size as a plain-text table with a summary line per size. */
export function formatReport(results, {environment}) {
  const rows = [['pages', 'stage', 'time', 'rate', 'cpu', 'output', 'peak RSS']]
  const notes = []
  for (const r of results) {
    const name = r.label ?? String(r.pages)
    for (const [stageName, stage] of Object.entries(r.stages)) {
      if (stage.failed !== undefined) {
        rows.push([name, labels[stageName], 'failed', '', '', '', ''])
        notes.push(`${name}, ${stageName}: failed: ${stage.failed}`)
        continue
      }
      if (stage.skipped !== undefined) {
        rows.push([name, labels[stageName], 'skipped', '', '', stage.skipped.startsWith('not built') ? 'not built' : stage.skipped, ''])
        notes.push(`${name}, ${stageName}: skipped: ${stage.skipped}`)
        continue
      }
      // Thread-count rows say how fast per CPU second too, and how loaded the machine was.
      const perCpu = stage.load === undefined ? '' : `, ${(stage.items / (stage.cpuMs / 1000)).toFixed(1)}/CPU s`
      const load = stage.load === undefined ? '' : ` (load ${stage.load.toFixed(1)})`
      rows.push([name, labels[stageName], duration(stage.ms), `${rate(stage)}${perCpu}`, duration(stage.cpuMs), `${stage.items} ${stage.unit}${load}`, mib(stage.peakRss)])
    }
    // The leaflets stages are extra measurements of what the pdf stage already rendered.
    const left = Object.entries(r.stages).filter(([stageName, stage]) => stage.ms === undefined && !beside(stageName)).map(([stageName]) => stageName)
    const what = left.length === 0 ? 'parse + renderers' : `parse + renderers, without ${left.join(', ')}`
    rows.push([name, 'build total', duration(r.buildMs), `${(r.pages / (r.buildMs / 1000)).toFixed(1)} pages/s`, duration(r.buildCpuMs), what, mib(r.peakRss)])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const line = (row) => row.map((cell, i) => (i === 0 || (i >= 2 && i <= 4) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()
  const table = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)]

  const summaries = results.map((r) => {
    const corpus = `${r.label ? `${r.label}: ` : ''}${r.pages} pages (${(r.corpusBytes / r.pages / 1024).toFixed(1)} KiB each), ${r.recommendations} recommendations, ${r.diagnostics.errors} errors, ${r.diagnostics.warnings} warnings`
    const html = r.stages.html
    const {parse, floor} = r.stages
    const ratio = html?.ms === undefined
      ? 'HTML stage: not measured'
      : `our HTML stage (parse + html) ${duration(parse.ms + html.ms)} = ${((parse.ms + html.ms) / floor.ms).toFixed(2)}× the floor (parse alone ${(parse.ms / floor.ms).toFixed(2)}×; in cpu time ${((parse.cpuMs + html.cpuMs) / floor.cpuMs).toFixed(2)}× and ${(parse.cpuMs / floor.cpuMs).toFixed(2)}×)`
    return `${corpus}; ${ratio}${project(r)}`
  })
  for (const r of results) {
    for (const change of r.mkdocsNote?.adapted ?? []) notes.push(`${r.label}, mkdocs: adapted: ${change}`)
    if (r.mkdocsNote?.version !== undefined) notes.push(`${r.label}, mkdocs: ${r.mkdocsNote.version}, from a temporary copy of mkdocs.yml (the project is not touched)`)
    if (r.stages.mkdocs?.failed !== undefined && r.mkdocsNote?.version === undefined) notes.push(`${r.label}, mkdocs: ${r.stages.mkdocs.failed}`)
    if (r.mkdocsNote?.skipped !== undefined) notes.push(`${r.label}, mkdocs: skipped: ${r.mkdocsNote.skipped}`)
  }
  return [
    `Samizdat benchmark: ${environment}`,
    '',
    ...table,
    '',
    ...summaries,
    ...notes.map((n) => `note: ${n}`),
    '',
    'floor = remark-parse + remark-gfm + remark-rehype + rehype-stringify on the same page texts, in memory.',
    'cpu = user + system time of the process, all threads (a shared machine disturbs it less than wall time). Each size runs in a fresh process; peak RSS is that process after the stage (Pagefind\'s own process and the corpus generation are not counted).'
  ].join('\n')
}
