export {mkdocsAdmonition} from './micromark/admonition.js'
export {mkdocsAttributeList} from './micromark/attribute-list.js'
export {mkdocsIcon} from './micromark/icon.js'
export {mkdocsMark} from './micromark/mark.js'
export {mkdocsCaret} from './micromark/caret.js'
export {mkdocsTilde} from './micromark/tilde.js'
export {mkdocsKeys} from './micromark/keys.js'
export {mkdocsCritic} from './micromark/critic.js'
export {mkdocsSmartSymbols, smartSymbols} from './micromark/smart-symbols.js'
export {mkdocsMath} from './micromark/math.js'
export {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
export {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
export {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
export {mkdocsSpansFromMarkdown, mkdocsSpansToMarkdown} from './mdast/spans.js'
export {mkdocsKeysFromMarkdown, mkdocsKeysToMarkdown} from './mdast/keys.js'
export {mkdocsCriticFromMarkdown, mkdocsCriticToMarkdown} from './mdast/critic.js'
export {mkdocsSmartSymbolsFromMarkdown, mkdocsSmartSymbolsToMarkdown} from './mdast/smart-symbols.js'
export {mkdocsMathFromMarkdown, mkdocsMathToMarkdown} from './mdast/math.js'
export {readCodeOptions, codeOptions} from './mdast/code-options.js'
export {keyLabel} from './mdast/key-names.js'
export {emojiFor, emojiNames} from './emoji-shortcodes.js'
export {mkdocsTab} from './micromark/tab.js'
export {mkdocsDefList} from './micromark/definition-description.js'
export {mkdocsAbbreviationDefinition} from './micromark/abbreviation-definition.js'
export {mkdocsTabFromMarkdown, mkdocsTabToMarkdown} from './mdast/tab.js'
export {mkdocsDefListFromMarkdown, mkdocsDefListToMarkdown} from './mdast/definition-list.js'
export {applyAnnotations, mkdocsAnnotationToMarkdown} from './mdast/annotations.js'
export type {AnnotationOptions} from './mdast/annotations.js'
export {applyAbbreviations, mkdocsAbbreviationFromMarkdown, mkdocsAbbreviationToMarkdown} from './mdast/abbreviation.js'
export {attachAttributes} from './mdast/attach-attributes.js'
export {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
export {assignFootnoteIds} from './mdast/footnote-ids.js'
export {assignTabIds} from './mdast/tab-ids.js'
export type {TabIdOptions} from './mdast/tab-ids.js'
export type {Report, RuleId, Severity} from './mdast/report.js'
export {mkdocsMarkdownInHtml} from './micromark/markdown-in-html.js'
export {mkdocsHtmlFlow} from './micromark/html-flow.js'
export {mkdocsMarkdownInHtmlFromMarkdown, mkdocsMarkdownInHtmlToMarkdown} from './mdast/markdown-in-html.js'
export {themeVariant} from './theme-variant.js'
export {remarkMkdocs} from './remark-mkdocs.js'
export {remarkLimitDepth} from './remark-limit-depth.js'
export {limitDepth, maxDepth, type Flattened} from './mdast/limit-depth.js'
export type {RemarkMkdocsOptions} from './remark-mkdocs.js'
export {mkdocsProcessor} from './processor.js'
export {allowedAttributes, criticKinds, markdownInHtmlTags, reservedIds} from './types.js'
export type {
  Abbreviation,
  AbbreviationDefinition,
  AllowedAttribute,
  Admonition,
  AdmonitionTitle,
  Annotation,
  AnnotationMarker,
  Annotations,
  CodeAnnotationMarker,
  AttributeList,
  Attributes,
  CodeOptions,
  Collapsible,
  Critic,
  CriticKind,
  DefList,
  DefListDescription,
  DefListTerm,
  Emoji,
  Icon,
  InlineMath,
  Insert,
  Key,
  Keys,
  Mark,
  MarkdownInHtml,
  MarkdownInHtmlBlock,
  MarkdownInHtmlSpan,
  MarkdownInHtmlTag,
  Math,
  SmartSymbol,
  Subscript,
  Superscript,
  Tab,
  TabData,
  TabLabel,
  TabSet,
  TabSetData
} from './types.js'
