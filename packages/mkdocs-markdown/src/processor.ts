import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified, type Processor} from 'unified'
import {remarkYamlFrontMatter} from './remark-front-matter.js'
import {remarkLimitDepth} from './remark-limit-depth.js'
import {remarkMkdocs, type RemarkMkdocsOptions} from './remark-mkdocs.js'

/**
 * The one processor for MkDocs Material pages: CommonMark, GFM, YAML front matter and our dialect.
 * Call `.parse()` and `.run()` once per page; `.stringify()` writes Markdown that parses to the same tree.
 * `remarkLimitDepth` comes first, so no later walk meets content nested deeper than its limit.
 */
export function mkdocsProcessor(options: RemarkMkdocsOptions = {}): Processor<Root, Root, Root, Root, string> {
  return unified()
    .use(remarkParse)
    .use(remarkLimitDepth)
    .use(remarkGfm, {singleTilde: false})
    .use(remarkYamlFrontMatter)
    .use(remarkMkdocs, options)
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '*',
      strong: '*',
      rule: '-',
      fences: true,
      listItemIndent: 'one',
      // micromark drops a byte order mark at the start of a document, so text starting with one
      // (a second BOM) is written `&#xFEFF;` at the start of a line, where a page can start.
      unsafe: [{character: '\ufeff', atBreak: true, inConstruct: 'phrasing'}]
    })
}
