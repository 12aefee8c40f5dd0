// The floor: the plain unified pipeline, which knows nothing of the dialect, the model or
// the layout. Our HTML stage (parse + render) is reported as a multiple of it.
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

/** remark-parse → remark-gfm → remark-rehype → rehype-stringify, frozen once. */
export function plainPipeline() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze()
}

/** Run every text through the plain pipeline; returns the HTML bytes produced (so the work cannot be skipped). */
export function runFloor(texts, processor = plainPipeline()) {
  let bytes = 0
  for (const text of texts) bytes += String(processor.processSync(text)).length
  return bytes
}
