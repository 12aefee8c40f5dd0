import type {Root} from 'mdast'
import {visit} from '../visit.js'
import type {Report} from './report.js'

/**
 * Report admonitions whose body was meant to be indented but is not by four spaces:
 * an admonition with no body followed by a block indented one to three columns deeper.
 */
export function checkAdmonitionIndent(tree: Root, report: Report): void {
  visit(tree, 'admonition', function (node, index, parent) {
    const next = index === undefined ? undefined : parent?.children[index + 1]
    if (node.children.some((child) => child.type !== 'admonitionTitle') || !node.position || !next?.position) return
    const indent = next.position.start.column - node.position.start.column
    if (indent < 1 || indent > 3) return
    const marker = node.collapsible === 'closed' ? '???' : node.collapsible === 'open' ? '???+' : '!!!'
    report(
      `the body of \`${marker} ${node.kind}\` is indented by ${indent} space${indent === 1 ? '' : 's'}, so it is not part of the admonition: indent the body by four spaces`,
      next.position,
      'admonition-indent'
    )
  })
}
