export {mkdocsAdmonition} from './micromark/admonition.js'
export {mkdocsAttributeList} from './micromark/attribute-list.js'
export {mkdocsIcon} from './micromark/icon.js'
export {mkdocsTab} from './micromark/tab.js'
export {mkdocsDefList} from './micromark/definition-description.js'
export {mkdocsAbbreviationDefinition} from './micromark/abbreviation-definition.js'
export {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
export {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
export {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
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
export {mkdocsMarkdownInHtmlFromMarkdown, mkdocsMarkdownInHtmlToMarkdown} from './mdast/markdown-in-html.js'
export {themeVariant} from './theme-variant.js'
export {remarkMkdocs} from './remark-mkdocs.js'
export {remarkLimitDepth} from './remark-limit-depth.js'
export {limitDepth, maxDepth, type Flattened} from './mdast/limit-depth.js'
export type {RemarkMkdocsOptions} from './remark-mkdocs.js'
export {mkdocsProcessor} from './processor.js'
export {allowedAttributes, markdownInHtmlTags, reservedIds} from './types.js'
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
  Collapsible,
  DefList,
  DefListDescription,
  DefListTerm,
  Icon,
  MarkdownInHtml,
  MarkdownInHtmlBlock,
  MarkdownInHtmlSpan,
  MarkdownInHtmlTag,
  Tab,
  TabData,
  TabLabel,
  TabSet,
  TabSetData
} from './types.js'
