import type {Position} from 'unist'

/** The rule a diagnostic belongs to. */
export type RuleId = 'attribute-list' | 'admonition-indent' | 'nesting-depth'

/** How serious a problem is: a `note` informs and never fails a build. */
export type Severity = 'warning' | 'note'

/** Called once per problem; the remark plugin turns each call into a file message (`file.info()` for a note). */
export type Report = (reason: string, place: Position | undefined, ruleId: RuleId, severity?: Severity) => void
