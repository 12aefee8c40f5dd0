import type {Root} from 'mdast'
import type {Processor, Transformer} from 'unified'
import {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
import {attachAttributes} from './mdast/attach-attributes.js'
import {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
import {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
import {lineEndingToMarkdown} from './mdast/line-ending.js'
import {readCodeOptions} from './mdast/code-options.js'
import {mkdocsCriticFromMarkdown, mkdocsCriticToMarkdown} from './mdast/critic.js'
import {normalizeLiterals} from './mdast/normalize-literals.js'
import {thematicBreakInTightItemToMarkdown} from './mdast/thematic-break.js'
import {listBeforeHtmlToMarkdown} from './mdast/list-before-html.js'
import {rawHtmlToMarkdown} from './mdast/raw-html.js'
import {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
import {mkdocsKeysFromMarkdown, mkdocsKeysToMarkdown} from './mdast/keys.js'
import {mkdocsMathFromMarkdown, mkdocsMathToMarkdown} from './mdast/math.js'
import {mkdocsTabFromMarkdown, mkdocsTabToMarkdown} from './mdast/tab.js'
import {referenceLabelToMarkdown} from './mdast/reference-label.js'
import {mkdocsDefListFromMarkdown, mkdocsDefListToMarkdown} from './mdast/definition-list.js'
import {applyAnnotations, mkdocsAnnotationToMarkdown, type AnnotationOptions} from './mdast/annotations.js'
import {applyAbbreviations, mkdocsAbbreviationFromMarkdown, mkdocsAbbreviationToMarkdown} from './mdast/abbreviation.js'
import {mkdocsMarkdownInHtmlFromMarkdown, mkdocsMarkdownInHtmlToMarkdown} from './mdast/markdown-in-html.js'
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
import {mkdocsTab} from './micromark/tab.js'
import {mkdocsDefList} from './micromark/definition-description.js'
import {mkdocsAbbreviationDefinition} from './micromark/abbreviation-definition.js'
import {mkdocsHtmlFlow} from './micromark/html-flow.js'
import {mkdocsMarkdownInHtml} from './micromark/markdown-in-html.js'

/** Options of {@link remarkMkdocs}: the settings of a project that change what its Markdown means. */
export type RemarkMkdocsOptions = AnnotationOptions

/**
 * Add the MkDocs Material dialect to remark: admonitions, content tabs, definition lists,
 * abbreviations, attribute lists, icon and emoji shortcodes, Markdown in HTML, `==mark==`,
 * `^^insert^^`, `^sup^`, `~sub~`, `++keys++`, CriticMarkup, smart symbols and math. Use it with
 * `remark-gfm` given `{singleTilde: false}`, so `~sub~` is ours and `~~delete~~` GFM's. Its
 * transform attaches attribute lists, reads code options, finds annotations, applies
 * abbreviations and reports problems as messages on the file.
 */
export function remarkMkdocs(this: Processor, options: RemarkMkdocsOptions = {}): Transformer<Root, Root> {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(
    mkdocsMath(),
    mkdocsAdmonition(),
    mkdocsTab(),
    mkdocsDefList(),
    mkdocsAbbreviationDefinition(),
    mkdocsAttributeList(),
    mkdocsIcon(),
    mkdocsHtmlFlow(),
    mkdocsMarkdownInHtml(),
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
    mkdocsTabFromMarkdown(),
    // Tags are paired before descriptions are grouped, so a description's spread counts the blank
    // lines between its children, not those inside an element it holds.
    mkdocsMarkdownInHtmlFromMarkdown(),
    mkdocsDefListFromMarkdown(),
    mkdocsAbbreviationFromMarkdown(),
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
    mkdocsTabToMarkdown(),
    mkdocsDefListToMarkdown(),
    mkdocsAbbreviationToMarkdown(),
    mkdocsAnnotationToMarkdown(),
    mkdocsAttributeListToMarkdown(),
    mkdocsIconToMarkdown(),
    mkdocsMarkdownInHtmlToMarkdown(),
    mkdocsSpansToMarkdown(),
    mkdocsKeysToMarkdown(),
    mkdocsCriticToMarkdown(),
    mkdocsSmartSymbolsToMarkdown(),
    thematicBreakInTightItemToMarkdown(),
    listBeforeHtmlToMarkdown(),
    rawHtmlToMarkdown(),
    lineEndingToMarkdown(),
    referenceLabelToMarkdown()
  )

  return function (tree, file) {
    const report: Report = (reason, place, ruleId, severity = 'warning') => {
      const where = {place, ruleId, source: 'mkdocs-markdown'}
      if (severity === 'note') file.info(reason, where)
      else file.message(reason, where)
    }
    normalizeLiterals(tree)
    attachAttributes(tree, report)
    readCodeOptions(tree)
    checkAdmonitionIndent(tree, report)
    applyAnnotations(tree, options)
    applyAbbreviations(tree)
  }
}
