// Stress inputs: deep nesting, huge pages, and cmark's pathological inputs (the ones that make
// naive Markdown parsers quadratic), each as a function of a repetition count.

const indent = (depth, width) => ' '.repeat(depth * width)

/** name → (n) => Markdown; n is how many times the pattern repeats or nests. */
export const stress = {
  // Nesting.
  nestedQuotes: (n) => '>'.repeat(n) + ' a\n',
  nestedQuotesSpaced: (n) => Array.from({length: n}, (_, i) => '> '.repeat(i + 1) + 'a\n').join(''),
  nestedLists: (n) => Array.from({length: n}, (_, i) => indent(i, 2) + '- a\n').join(''),
  nestedOrderedLists: (n) => Array.from({length: n}, (_, i) => indent(i, 3) + '1. a\n').join(''),
  nestedAdmonitions: (n) => Array.from({length: n}, (_, i) => indent(i, 4) + '!!! note\n').join('') + indent(n, 4) + 'deep\n',
  nestedCollapsibles: (n) => Array.from({length: n}, (_, i) => indent(i, 4) + '???+ tip "T"\n').join('') + indent(n, 4) + 'deep\n',
  nestedTabs: (n) => Array.from({length: n}, (_, i) => indent(i, 4) + '=== "T"\n').join('') + indent(n, 4) + 'deep\n',
  nestedMixed: (n) => Array.from({length: n}, (_, i) => ['> ', '- ', '1. '][i % 3]).join('') + 'a\n',
  nestedEmphasis: (n) => '*'.repeat(n) + 'a' + '*'.repeat(n) + '\n',
  nestedStrongEmph: (n) => '*a **a '.repeat(n) + 'b' + ' a** a*'.repeat(n) + '\n',
  nestedLinks: (n) => '['.repeat(n) + 'a' + '](u)'.repeat(n) + '\n',
  nestedImages: (n) => '[!'.repeat(n) + '[a](b)' + '](c)'.repeat(n) + '\n',
  nestedBrackets: (n) => '['.repeat(n) + 'a' + ']'.repeat(n) + '\n',
  nestedDivs: (n) => '<div markdown>\n\n'.repeat(n) + 'a\n\n' + '</div>\n\n'.repeat(n),
  // Size.
  manyLines: (n) => Array.from({length: n}, (_, i) => (i % 10 === 0 ? `\n## Heading ${i}\n` : `Line ${i} with *some* text, a [link](https://example.org/${i}) and \`code\`.`)).join('\n') + '\n',
  longParagraph: (n) => Array.from({length: n}, (_, i) => `word${i % 97}${i % 13 === 0 ? ' *em*' : ''} `).join('') + '\n',
  longLine: (n) => 'a'.repeat(n) + '\n',
  manyCards: (n) => Array.from({length: n}, (_, i) => `### Product ${i}\n\n!!! recomendation ""\n    Summary ${i}.\n\n    [Site](https://example.org/${i}){ .md-button .md-button--primary }\n\nDetails ${i}.\n`).join('\n'),
  sameNameCards: (n) => Array.from({length: n}, () => '### Product\n\n!!! recomendation ""\n    Summary.\n\n    [Site](https://example.org/){ .md-button .md-button--primary }\n').join('\n'),
  sameHeadings: (n) => '## Same\n\n'.repeat(n),
  bigTable: (n) => '| a | b | c |\n| - | - | - |\n' + '| *x* | [y](z) | `w` |\n'.repeat(n),
  wideTable: (n) => '|a'.repeat(n) + '|\n' + '|-'.repeat(n) + '|\n' + '|b'.repeat(n) + '|\n',
  manyFootnotes: (n) => Array.from({length: n}, (_, i) => `[^${i}]`).join(' ') + '\n\n' + Array.from({length: n}, (_, i) => `[^${i}]: Note ${i}.\n`).join(''),
  manyDefinitions: (n) => Array.from({length: n}, (_, i) => `[${i}]`).join(' ') + '\n\n' + Array.from({length: n}, (_, i) => `[${i}]: /u${i}\n`).join(''),
  manyIcons: (n) => ':material-home: '.repeat(n) + '\n',
  manyAttributeLists: (n) => '[a](b){ .md-button } '.repeat(n) + '\n',
  manyAdmonitions: (n) => '!!! note "T"\n    a\n\n'.repeat(n),
  manyListItems: (n) => '- a\n'.repeat(n),
  lazyLines: (n) => '> a\n' + 'b\n'.repeat(n),
  lazyListLines: (n) => '- a\nb\n'.repeat(n),
  setextHeadings: (n) => 'a\n=\n'.repeat(n),
  hardBreaks: (n) => 'a  \n'.repeat(n),
  // cmark's pathological tests.
  emphasisClosersNoOpeners: (n) => 'a_ '.repeat(n),
  emphasisOpenersNoClosers: (n) => '_a '.repeat(n),
  mismatchedOpenersClosers: (n) => '*a_ '.repeat(n),
  openersClosersMultipleOf3: (n) => 'a**b' + 'c* '.repeat(n),
  linkClosersNoOpeners: (n) => 'a]'.repeat(n),
  linkOpenersNoClosers: (n) => '[a'.repeat(n),
  linkOpenersEmphasisClosers: (n) => '[ a_'.repeat(n),
  parenBracket: (n) => '[ (]('.repeat(n),
  imageBrackets: (n) => '![[]()'.repeat(n),
  backticks: (n) => Array.from({length: n}, (_, i) => 'e' + '`'.repeat(i + 1)).join(''),
  unclosedLinksA: (n) => '[a](<b'.repeat(n),
  unclosedLinksB: (n) => '[a](b'.repeat(n),
  unclosedLinkTitles: (n) => '[a](b "c'.repeat(n),
  strikethroughOpeners: (n) => '~~a '.repeat(n),
  strikethroughClosers: (n) => 'a~~ '.repeat(n),
  autolinkLiterals: (n) => 'www.a.b '.repeat(n),
  emailLiterals: (n) => 'a.b@c.d '.repeat(n),
  htmlOpeners: (n) => '<a '.repeat(n),
  htmlComments: (n) => 'a <!-- '.repeat(n),
  attributeListOpeners: (n) => '[a](b){ .x '.repeat(n),
  iconColons: (n) => ':a-b'.repeat(n),
  admonitionTitleQuotes: (n) => '!!! note "' + '"'.repeat(n) + 'x\n',
  entities: (n) => '&amp;&#123;&#x1F600;'.repeat(n),
  nulls: (n) => 'a\u0000'.repeat(n)
}

/**
 * Stress inputs still superlinear in the parser, which the CI fuzz test holds to no crash and the
 * same round trip but not to its time bound. None since micromark's inline resolution was patched
 * (nested emphasis, images and links, `[ (](`; see the dialect's README, Limits); a case found
 * later goes here, with the page time limit as the build's safety net, until it is fixed.
 */
export const knownSuperlinear = new Set()

/** The largest `n` (doubling, then bisecting) for which `stress[name](n)` stays within `maxBytes`. */
export function fitStress(name, maxBytes) {
  const make = stress[name]
  let low = 1
  let high = 2
  while (make(high).length <= maxBytes && high < 1 << 24) {
    low = high
    high *= 2
  }
  while (high - low > 1) {
    const mid = (low + high) >> 1
    if (make(mid).length <= maxBytes) low = mid
    else high = mid
  }
  return make(low)
}
