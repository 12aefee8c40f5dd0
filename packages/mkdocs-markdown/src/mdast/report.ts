import type {Position} from 'unist'

/** The rule a diagnostic belongs to. */
export type RuleId = 'attribute-list' | 'admonition-indent' | 'nesting-depth'

/** Called once per problem; the remark plugin turns each call into a `file.message()`. */
export type Report = (reason: string, place: Position | undefined, ruleId: RuleId) => void
