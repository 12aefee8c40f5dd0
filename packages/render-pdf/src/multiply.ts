const registry = new WeakMap<object, {name: string; state: unknown}>()

interface PdfInternals {
  ref(data: object): {end(): void}
  addContent(operator: string): unknown
  page: {ext_gstates: Record<string, unknown>}
}

/**
 * Draw with a multiply blend: a pale box background painted after its text darkens the paper
 * but leaves black text black. Boxes that cross pages only know their height once their content
 * is placed, so their background has to come last. pdfkit has opacity but no blend modes, so the
 * graphics state is added by hand.
 */
export function multiply(doc: PDFKit.PDFDocument, draw: () => void): void {
  const internals = doc as unknown as PdfInternals
  let entry = registry.get(doc)
  if (!entry) {
    const state = internals.ref({Type: 'ExtGState', BM: 'Multiply'})
    state.end()
    entry = {name: 'GsMultiply', state}
    registry.set(doc, entry)
  }
  doc.save()
  internals.page.ext_gstates[entry.name] = entry.state
  internals.addContent(`/${entry.name} gs`)
  draw()
  doc.restore()
}
