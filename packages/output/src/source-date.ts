/**
 * The date to stamp into outputs that need one (PDF metadata), from `SOURCE_DATE_EPOCH`
 * (reproducible-builds.org) so that the same input gives the same bytes. Without it, a
 * fixed date: a build must never depend on the clock.
 */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env['SOURCE_DATE_EPOCH']
  if (raw !== undefined && raw.trim() !== '') {
    if (!/^\d+$/.test(raw.trim())) {
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got ${JSON.stringify(raw)})`)
    }
    return new Date(Number(raw.trim()) * 1000)
  }
  return new Date(Date.UTC(2000, 0, 1))
}
