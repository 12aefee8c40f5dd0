import {uiStrings, type UiStrings} from '@samizdat/render-html/strings'

/** The words a PDF prints: the site's message catalogue (its `pdf*` keys and the shared ones). */
export type PdfStrings = UiStrings

/** The catalogue for the site's language. */
export function pdfStrings(language: string): PdfStrings {
  return uiStrings(language)
}

/** A catalogue text with its `{name}`-style placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? (values[key] as string) : whole))
}
