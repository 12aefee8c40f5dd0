export {mkdocsAdmonition} from './micromark/admonition.js'
export {mkdocsAttributeList} from './micromark/attribute-list.js'
export {mkdocsIcon} from './micromark/icon.js'
export {mkdocsMarkdownInHtml} from './micromark/markdown-in-html.js'
export {mkdocsAdmonitionFromMarkdown, mkdocsAdmonitionToMarkdown} from './mdast/admonition.js'
export {mkdocsAttributeListFromMarkdown, mkdocsAttributeListToMarkdown} from './mdast/attribute-list.js'
export {mkdocsIconFromMarkdown, mkdocsIconToMarkdown} from './mdast/icon.js'
export {mkdocsMarkdownInHtmlFromMarkdown, mkdocsMarkdownInHtmlToMarkdown} from './mdast/markdown-in-html.js'
export {attachAttributes} from './mdast/attach-attributes.js'
export {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
export type {Report, RuleId, Severity} from './mdast/report.js'
export {themeVariant} from './theme-variant.js'
export {remarkMkdocs} from './remark-mkdocs.js'
export {mkdocsProcessor} from './processor.js'
export {allowedAttributes, markdownInHtmlTags, reservedIds} from './types.js'
export type {
  AllowedAttribute,
  Admonition,
  AdmonitionTitle,
  AttributeList,
  Attributes,
  Collapsible,
  Icon,
  MarkdownInHtml,
  MarkdownInHtmlBlock,
  MarkdownInHtmlSpan,
  MarkdownInHtmlTag
} from './types.js'
