import type {Admonition, MarkdownInHtml} from '@samizdat/mkdocs-markdown'

/** Admonition kinds that mark a recommendation card; the guide spells it both ways. */
export const recommendationKinds = ['recomendation', 'recommendation'] as const

/** Whether an admonition is a recommendation card. */
export function isRecommendation(node: Pick<Admonition, 'kind'>): boolean {
  return (recommendationKinds as readonly string[]).includes(node.kind)
}

/**
 * Whether a node is a recommendation card in either form: the admonition (`!!! recommendation`)
 * or Markdown in HTML (`<div class="admonition recommendation" markdown>`), as Material styles both.
 */
export function isRecommendationNode(node: {type: string}): node is Admonition | MarkdownInHtml {
  if (node.type === 'admonition') return isRecommendation(node as Admonition)
  if (node.type !== 'markdownInHtml') return false
  const html = node as MarkdownInHtml
  const classes = html.data?.attributes?.classes ?? []
  return html.tagName === 'div' && html.mode === 'block' && classes.includes('admonition') && classes.some((c) => (recommendationKinds as readonly string[]).includes(c))
}
