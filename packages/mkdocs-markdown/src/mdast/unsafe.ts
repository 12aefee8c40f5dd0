import type {ConstructName} from 'mdast-util-to-markdown'

/** Where our text constructs never form (URLs, titles, references), so no escape is needed there. */
export const phrasingSpans: ConstructName[] = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe']
