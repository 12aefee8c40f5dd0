import type {Root} from 'mdast'
import type {Processor, Transformer} from 'unified'
import {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
import {attachAttributes} from './mdast/attach-attributes.js'
import {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
import {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
import {readCodeOptions} from './mdast/code-options.js'
import {mkdocsCriticFromMarkdown, mkdocsCriticToMarkdown} from './mdast/critic.js'
import {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
import {mkdocsKeysFromMarkdown, mkdocsKeysToMarkdown} from './mdast/keys.js'
import {mkdocsMathFromMarkdown, mkdocsMathToMarkdown} from './mdast/math.js'
import type {Report} from './mdast/report.js'
import {mkdocsSmartSymbolsFromMarkdown, mkdocsSmartSymbolsToMarkdown} from './mdast/smart-symbols.js'
import {mkdocsSpansFromMarkdown, mkdocsSpansToMarkdown} from './mdast/spans.js'
import {mkdocsAdmonition} from './micromark/admonition.js'
import {mkdocsAttributeList} from './micromark/attribute-list.js'
import {mkdocsCaret} from './micromark/caret.js'
import {mkdocsCritic} from './micromark/critic.js'
import {mkdocsIcon} from './micromark/icon.js'
import {mkdocsKeys} from './micromark/keys.js'
import {mkdocsMark} from './micromark/mark.js'
import {mkdocsMath} from './micromark/math.js'
import {mkdocsSmartSymbols} from './micromark/smart-symbols.js'
import {mkdocsTilde} from './micromark/tilde.js'

/**
 * Add the MkDocs Material dialect to remark: admonitions, attribute lists, icon and emoji
 * shortcodes, `==mark==`, `^^insert^^`, `^sup^`, `~sub~`, `++keys++`, CriticMarkup, smart
 * symbols and math. Use it with `remark-gfm` given `{singleTilde: false}`, so `~sub~` is ours
 * and `~~delete~~` GFM's. Its transform attaches attribute lists, reads code options and
 * reports problems as messages on the file.
 */
export function remarkMkdocs(this: Processor): Transformer<Root, Root> {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(
    mkdocsMath(),
    mkdocsAdmonition(),
    mkdocsAttributeList(),
    mkdocsIcon(),
    mkdocsMark(),
    mkdocsCaret(),
    mkdocsTilde(),
    mkdocsKeys(),
    mkdocsCritic(),
    mkdocsSmartSymbols()
  )
  ;(data.fromMarkdownExtensions ??= []).push(
    mkdocsMathFromMarkdown(),
    mkdocsAdmonitionFromMarkdown(),
    mkdocsAttributeListFromMarkdown(),
    mkdocsIconFromMarkdown(),
    mkdocsSpansFromMarkdown(),
    mkdocsKeysFromMarkdown(),
    mkdocsCriticFromMarkdown(),
    mkdocsSmartSymbolsFromMarkdown()
  )
  ;(data.toMarkdownExtensions ??= []).push(
    mkdocsMathToMarkdown(),
    mkdocsAdmonitionToMarkdown(),
    mkdocsAttributeListToMarkdown(),
    mkdocsIconToMarkdown(),
    mkdocsSpansToMarkdown(),
    mkdocsKeysToMarkdown(),
    mkdocsCriticToMarkdown(),
    mkdocsSmartSymbolsToMarkdown()
  )

  return function (tree, file) {
    const report: Report = (reason, place, ruleId) => {
      file.message(reason, {place, ruleId, source: 'mkdocs-markdown'})
    }
    attachAttributes(tree, report)
    readCodeOptions(tree)
    checkAdmonitionIndent(tree, report)
  }
}
