import type {Root} from 'mdast'
import type {Processor, Transformer} from 'unified'
import {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
import {attachAttributes} from './mdast/attach-attributes.js'
import {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
import {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
import {normalizeLiterals} from './mdast/normalize-literals.js'
import {thematicBreakInTightItemToMarkdown} from './mdast/thematic-break.js'
import {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
import type {Report} from './mdast/report.js'
import {mkdocsAdmonition} from './micromark/admonition.js'
import {mkdocsAttributeList} from './micromark/attribute-list.js'
import {mkdocsIcon} from './micromark/icon.js'

/**
 * Add the MkDocs Material dialect (admonitions, attribute lists, icon shortcodes) to remark.
 * Its transform attaches attribute lists and reports problems as messages on the file.
 */
export function remarkMkdocs(this: Processor): Transformer<Root, Root> {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(mkdocsAdmonition(), mkdocsAttributeList(), mkdocsIcon())
  ;(data.fromMarkdownExtensions ??= []).push(mkdocsAdmonitionFromMarkdown(), mkdocsAttributeListFromMarkdown(), mkdocsIconFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(mkdocsAdmonitionToMarkdown(), mkdocsAttributeListToMarkdown(), mkdocsIconToMarkdown(), thematicBreakInTightItemToMarkdown())

  return function (tree, file) {
    const report: Report = (reason, place, ruleId) => {
      file.message(reason, {place, ruleId, source: 'mkdocs-markdown'})
    }
    normalizeLiterals(tree)
    attachAttributes(tree, report)
    checkAdmonitionIndent(tree, report)
  }
}
