import type {ResolvedTarget} from '@samizdat/model'

/**
 * Where a link or image points (`data.resolved`, set by the model). Read through this because the
 * model declares that field in a module its public types do not pull in.
 */
export function resolvedOf(node: {data?: unknown}): ResolvedTarget | undefined {
  return (node.data as {resolved?: ResolvedTarget} | undefined)?.resolved
}
