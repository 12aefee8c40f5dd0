import {catalogues, en, isMessageKey, type CatalogueLanguage, type MessageKey, type Messages} from './catalogue.js'

/** Strings a site sets for itself (`messages:` in its config), by key. */
export type MessageOverrides = Partial<Record<MessageKey, string>>

/** The catalogue for a BCP 47 tag: `ru-RU` → `ru`; a language without a catalogue → `en`. */
export function catalogueLanguage(language: string): CatalogueLanguage {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return Object.hasOwn(catalogues, primary) ? (primary as CatalogueLanguage) : 'en'
}

/**
 * The messages a site's outputs use: its language's catalogue (English when there is none),
 * with the site's own overrides on top. Unknown override keys are ignored here; the model
 * reports them when it reads the config.
 */
export function messagesFor(language: string, overrides: MessageOverrides = {}): Messages {
  const messages: Messages = {...en, ...catalogues[catalogueLanguage(language)]}
  for (const [key, value] of Object.entries(overrides)) {
    if (isMessageKey(key) && typeof value === 'string') messages[key] = value
  }
  return messages
}

/** `template` with each `{name}` replaced by `values.name`; unknown names stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole))
}

/** The placeholders a template uses, sorted: `{page} — {site}` → `['page', 'site']`. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!))].sort()
}

/**
 * The title an admonition shows when its author gave none: the catalogue's word for the
 * type, else the type capitalised as Python-Markdown does (`my-type` → `My-type`).
 */
export function admonitionTitle(messages: Messages, kind: string): string {
  const key = `admonition.${kind.toLowerCase()}`
  if (isMessageKey(key)) return messages[key]
  return kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase()
}

/** A list as a reader of `language` writes it: `Android, iOS and Linux`, `Android, iOS и Linux`. */
export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(catalogueLanguage(language), {type: 'conjunction', style: 'long'}).format(items)
}
