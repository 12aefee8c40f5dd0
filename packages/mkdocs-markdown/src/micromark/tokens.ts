// The token types our tokenizers emit, so `effects.enter()` and the mdast utilities type-check.
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsAdmonition: 'mkdocsAdmonition'
    mkdocsAdmonitionMarker: 'mkdocsAdmonitionMarker'
    mkdocsAdmonitionKind: 'mkdocsAdmonitionKind'
    mkdocsAdmonitionClass: 'mkdocsAdmonitionClass'
    mkdocsAdmonitionTitle: 'mkdocsAdmonitionTitle'
    mkdocsAdmonitionTitleMarker: 'mkdocsAdmonitionTitleMarker'
    mkdocsAdmonitionTitleString: 'mkdocsAdmonitionTitleString'
    mkdocsIndent: 'mkdocsIndent'
    mkdocsQuote: 'mkdocsQuote'
    mkdocsTab: 'mkdocsTab'
    mkdocsTabMarker: 'mkdocsTabMarker'
    mkdocsTabLabel: 'mkdocsTabLabel'
    mkdocsTabLabelMarker: 'mkdocsTabLabelMarker'
    mkdocsTabLabelString: 'mkdocsTabLabelString'
    mkdocsAttributeList: 'mkdocsAttributeList'
    mkdocsAttributeListMarker: 'mkdocsAttributeListMarker'
    mkdocsAttributeListSeparator: 'mkdocsAttributeListSeparator'
    mkdocsAttributeListClassMarker: 'mkdocsAttributeListClassMarker'
    mkdocsAttributeListClass: 'mkdocsAttributeListClass'
    mkdocsAttributeListIdMarker: 'mkdocsAttributeListIdMarker'
    mkdocsAttributeListId: 'mkdocsAttributeListId'
    mkdocsAttributeListPair: 'mkdocsAttributeListPair'
    mkdocsAttributeListKey: 'mkdocsAttributeListKey'
    mkdocsAttributeListValueMarker: 'mkdocsAttributeListValueMarker'
    mkdocsAttributeListValueQuote: 'mkdocsAttributeListValueQuote'
    mkdocsAttributeListValue: 'mkdocsAttributeListValue'
    mkdocsIcon: 'mkdocsIcon'
    mkdocsIconMarker: 'mkdocsIconMarker'
    mkdocsIconName: 'mkdocsIconName'
  }
}

export {}
