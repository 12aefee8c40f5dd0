// What a PDF holds, page by page, as pdf.js sees it: text with its position, which structure
// element (or artifact) each piece of content belongs to, the structure tree, and every
// painting operator drawn outside marked content. Tests of layout and tagging read this.

/** A run of text as pdf.js extracts it, in points from the page's top-left corner. */
export interface TextBox {
  str: string
  x: number
  right: number
  /** Top of the glyphs' ink (a little above the x-height) and bottom (below the baseline). */
  top: number
  bottom: number
  size: number
  /** The marked-content id of its structure element (`p10R_mc3`), or null for an artifact. */
  mcid: string | null
}

/** A node of a page's structure tree, as pdf.js gives it. */
export interface StructNode {
  role?: string
  alt?: string
  type?: 'content' | 'object' | 'annotation'
  id?: string
  children?: StructNode[]
}

/** One page. */
export interface InspectedPage {
  width: number
  height: number
  texts: TextBox[]
  /** Words in tagged content (not artifacts: running titles and page numbers are not counted). */
  words: number
  /** Marked-content ids that hold content on the page. */
  mcids: string[]
  /** Painting operators met outside any marked content (should be none in a tagged PDF). */
  untagged: string[]
  tree: StructNode | null
}

const paints = new Set([
  'fill',
  'eoFill',
  'stroke',
  'fillStroke',
  'eoFillStroke',
  'closeStroke',
  'closeFillStroke',
  'closeEOFillStroke',
  'showText',
  'showSpacedText',
  'nextLineShowText',
  'nextLineSetSpacingShowText',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintSolidColorImageMask',
  'paintImageXObjectRepeat',
  'shadingFill',
  'paintFormXObjectBegin'
])

/** Read every page of a PDF with pdf.js. */
export async function inspectPdf(pdf: Buffer): Promise<InspectedPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([name, code]) => [code, name])) as Record<number, string>
  const document = await pdfjs.getDocument({data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false}).promise
  const pages: InspectedPage[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent({includeMarkedContent: true})
    const texts: TextBox[] = []
    const stack: Array<string | null> = []
    let tagged = ''
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item.tag === 'Artifact' ? null : (item.id ?? null))
        else if (item.type === 'endMarkedContent') stack.pop()
        continue
      }
      const mcid = stack[stack.length - 1] ?? null
      if (mcid) tagged += item.str + (item.hasEOL ? '\n' : '')
      if (item.str.trim() === '') continue
      const [, , , scale = 0, x = 0, baseline = 0] = item.transform as number[]
      const size = Math.abs(scale)
      const y = height - baseline
      texts.push({str: item.str, x, right: x + item.width, top: y - size * 0.72, bottom: y + size * 0.2, size, mcid})
    }
    const operators = await page.getOperatorList()
    const untagged: string[] = []
    const mcids = new Set<string>()
    let depth = 0
    operators.fnArray.forEach((code, index) => {
      const name = names[code] ?? String(code)
      const args = operators.argsArray[index] as unknown[] | null
      if (name === 'beginMarkedContent' || name === 'beginMarkedContentProps') {
        depth++
        if (name === 'beginMarkedContentProps' && typeof args?.[1] === 'number') mcids.add(`mc${args[1]}`)
        return
      }
      if (name === 'endMarkedContent') {
        depth--
        return
      }
      const painted = name === 'constructPath' ? (names[args?.[0] as number] ?? '') : name
      if (depth === 0 && paints.has(painted)) untagged.push(painted)
    })
    const tree = ((await page.getStructTree()) as StructNode | null) ?? null
    pages.push({
      width,
      height,
      texts,
      words: tagged.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
      mcids: [...mcids],
      untagged,
      tree
    })
  }
  await document.destroy()
  return pages
}

/** The structure tree's nodes in reading order (depth first). */
export function walk(node: StructNode | null, visit: (node: StructNode, parents: StructNode[]) => void, parents: StructNode[] = []): void {
  if (!node) return
  visit(node, parents)
  for (const child of node.children ?? []) walk(child, visit, [...parents, node])
}

/** Whether two boxes overlap by more than `slack` points both ways. */
export function overlaps(a: {x: number; right: number; top: number; bottom: number}, b: {x: number; right: number; top: number; bottom: number}, slack = 0.5): boolean {
  return Math.min(a.right, b.right) - Math.max(a.x, b.x) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack
}
