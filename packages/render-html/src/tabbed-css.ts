import type {SiteBundle} from '@samizdat/model'
import {visit} from '@samizdat/mkdocs-markdown/visit'

/**
 * The rules that show the checked tab: the n-th radio of a set checked shows its n-th label as
 * active (and outlined when focused by keyboard) and its n-th block. CSS cannot pair "the same
 * n" in one rule, so there is a rule per n: Material for MkDocs writes 20 of them and a 21st tab
 * never shows; these are written for exactly as many tabs as the site's largest set has.
 */
export function tabbedCss(tabs: number): string {
  if (tabs === 0) return ''
  const each = (rule: (n: number) => string) => Array.from({length: tabs}, (_, i) => rule(i + 1)).join(',\n')
  const input = (n: number) => `.md-typeset .tabbed-set > input:nth-child(${n})`
  return [
    `${each((n) => `${input(n)}:checked ~ .tabbed-labels > :nth-child(${n})`)} { color: var(--link); border-bottom-color: currentColor; }`,
    `${each((n) => `${input(n)}:focus-visible ~ .tabbed-labels > :nth-child(${n})`)} { outline: 3px solid var(--focus-ring); outline-offset: -3px; }`,
    `${each((n) => `${input(n)}:checked ~ .tabbed-content > :nth-child(${n})`)} { display: block; }`
  ].join('\n')
}

/** The number of tabs of the site's largest tab set (0 without tabs). */
export function largestTabSet(bundle: SiteBundle): number {
  let largest = 0
  for (const page of bundle.pages) {
    visit(page.tree, 'tabSet', (set) => {
      largest = Math.max(largest, set.children.length)
    })
  }
  return largest
}
