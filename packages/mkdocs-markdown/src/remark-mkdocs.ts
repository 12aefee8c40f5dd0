import type {Root} from 'mdast'
import type {Processor, Transformer} from 'unified'
import {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
import {attachAttributes} from './mdast/attach-attributes.js'
import {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
import {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
import {normalizeLiterals} from './mdast/normalize-literals.js'
import {thematicBreakInTightItemToMarkdown} from './mdast/thematic-break.js'
import {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
import {mkdocsTabFromMarkdown, mkdocsTabToMarkdown} from './mdast/tab.js'
import {mkdocsDefListFromMarkdown, mkdocsDefListToMarkdown} from './mdast/definition-list.js'
import {applyAnnotations, mkdocsAnnotationToMarkdown, type AnnotationOptions} from './mdast/annotations.js'
import {applyAbbreviations, mkdocsAbbreviationFromMarkdown, mkdocsAbbreviationToMarkdown} from './mdast/abbreviation.js'
import {mkdocsMarkdownInHtmlFromMarkdown, mkdocsMarkdownInHtmlToMarkdown} from './mdast/markdown-in-html.js'
import type {Report} from './mdast/report.js'
import {mkdocsAdmonition} from './micromark/admonition.js'
import {mkdocsAttributeList} from './micromark/attribute-list.js'
import {mkdocsIcon} from './micromark/icon.js'
import {mkdocsTab} from './micromark/tab.js'
import {mkdocsDefList} from './micromark/definition-description.js'
import {mkdocsAbbreviationDefinition} from './micromark/abbreviation-definition.js'
import {mkdocsMarkdownInHtml} from './micromark/markdown-in-html.js'

/** Options of {@link remarkMkdocs}: the settings of a project that change what its Markdown means. */
export type RemarkMkdocsOptions = AnnotationOptions

/**
 * Add the MkDocs Material dialect (admonitions, content tabs, definition lists, abbreviations,
 * attribute lists, icon shortcodes, Markdown in HTML) to remark. Its transform attaches attribute lists, finds
 * annotations, applies abbreviations and reports problems as messages on the file.
 */
export function remarkMkdocs(this: Processor, options: RemarkMkdocsOptions = {}): Transformer<Root, Root> {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(mkdocsAdmonition(), mkdocsTab(), mkdocsDefList(), mkdocsAbbreviationDefinition(), mkdocsAttributeList(), mkdocsIcon(), mkdocsMarkdownInHtml())
  ;(data.fromMarkdownExtensions ??= []).push(mkdocsAdmonitionFromMarkdown(), mkdocsTabFromMarkdown(), mkdocsDefListFromMarkdown(), mkdocsAbbreviationFromMarkdown(), mkdocsAttributeListFromMarkdown(), mkdocsIconFromMarkdown(), mkdocsMarkdownInHtmlFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(mkdocsAdmonitionToMarkdown(), mkdocsTabToMarkdown(), mkdocsDefListToMarkdown(), mkdocsAbbreviationToMarkdown(), mkdocsAnnotationToMarkdown(), mkdocsAttributeListToMarkdown(), mkdocsIconToMarkdown(), mkdocsMarkdownInHtmlToMarkdown(), thematicBreakInTightItemToMarkdown())

  return function (tree, file) {
    const report: Report = (reason, place, ruleId, severity = 'warning') => {
      const where = {place, ruleId, source: 'mkdocs-markdown'}
      if (severity === 'note') file.info(reason, where)
      else file.message(reason, where)
    }
    normalizeLiterals(tree)
    attachAttributes(tree, report)
    checkAdmonitionIndent(tree, report)
    applyAnnotations(tree, options)
    applyAbbreviations(tree)
  }
}
