import type {Admonition} from '@samizdat/mkdocs-markdown'

/** Admonition kinds that mark a recommendation card; the guide spells it both ways. */
export const recommendationKinds = ['recomendation', 'recommendation'] as const

/** Whether an admonition is a recommendation card. */
export function isRecommendation(node: Pick<Admonition, 'kind'>): boolean {
  return (recommendationKinds as readonly string[]).includes(node.kind)
}
