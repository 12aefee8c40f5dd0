import type {Root} from 'mdast'
import type {Processor, Transformer} from 'unified'
import {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
import {attachAttributes} from './mdast/attach-attributes.js'
import {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
import {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
import {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
import {mkdocsMarkdownInHtmlFromMarkdown, mkdocsMarkdownInHtmlToMarkdown} from './mdast/markdown-in-html.js'
import type {Report} from './mdast/report.js'
import {mkdocsAdmonition} from './micromark/admonition.js'
import {mkdocsAttributeList} from './micromark/attribute-list.js'
import {mkdocsIcon} from './micromark/icon.js'
import {mkdocsMarkdownInHtml} from './micromark/markdown-in-html.js'

/**
 * Add the MkDocs Material dialect (admonitions, attribute lists, icon shortcodes, Markdown in HTML) to remark.
 * Its transform attaches attribute lists and reports problems as messages on the file.
 */
export function remarkMkdocs(this: Processor): Transformer<Root, Root> {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(mkdocsAdmonition(), mkdocsAttributeList(), mkdocsIcon(), mkdocsMarkdownInHtml())
  ;(data.fromMarkdownExtensions ??= []).push(
    mkdocsAdmonitionFromMarkdown(),
    mkdocsAttributeListFromMarkdown(),
    mkdocsIconFromMarkdown(),
    mkdocsMarkdownInHtmlFromMarkdown()
  )
  ;(data.toMarkdownExtensions ??= []).push(
    mkdocsAdmonitionToMarkdown(),
    mkdocsAttributeListToMarkdown(),
    mkdocsIconToMarkdown(),
    mkdocsMarkdownInHtmlToMarkdown()
  )

  return function (tree, file) {
    const report: Report = (reason, place, ruleId, severity = 'warning') => {
      const options = {place, ruleId, source: 'mkdocs-markdown'}
      if (severity === 'note') file.info(reason, options)
      else file.message(reason, options)
    }
    attachAttributes(tree, report)
    checkAdmonitionIndent(tree, report)
  }
}
