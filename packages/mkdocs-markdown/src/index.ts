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
export {attachAttributes} from './mdast/attach-attributes.js'
export {checkAdmonitionIndent} from './mdast/check-admonition-indent.js'
export type {Report, RuleId} from './mdast/report.js'
export {themeVariant} from './theme-variant.js'
export {remarkMkdocs} from './remark-mkdocs.js'
export {mkdocsProcessor} from './processor.js'
export {allowedAttributes, criticKinds} from './types.js'
export type {
  AllowedAttribute,
  Admonition,
  AttributeList,
  Attributes,
  CodeOptions,
  Collapsible,
  Critic,
  CriticKind,
  Emoji,
  Icon,
  InlineMath,
  Insert,
  Key,
  Keys,
  Mark,
  Math,
  SmartSymbol,
  Subscript,
  Superscript
} from './types.js'
