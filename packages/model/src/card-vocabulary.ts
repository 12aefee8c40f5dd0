import type {Messages} from '@samizdat/messages'
import type {LinkKind} from './types.js'

// Guides write in many languages; the words below are what English and Russian guides (and
// Material's own templates) put in link titles, labels and icon names.
const kindByWords: Array<[Exclude<LinkKind, 'instructions' | 'other'>, RegExp]> = [
  ['privacy', /privacy|конфиденциальн|приватност/iu],
  ['source', /source|\bcode\b|repositor|исходн|\bкод\b|репозитор/iu],
  ['contribute', /contribut|donat|support|sponsor|fund|поддерж|пожертв|донат/iu],
  ['documentation', /\bdoc|manual|help|faq|wiki|документац|справк|руководств|инструкц/iu],
  ['homepage', /home|web\s*site|official|домашн|сайт/iu]
]

// Octicons, Material and Font Awesome names of the icons guides give each kind of link.
const kindByIcon: Array<[LinkKind, RegExp]> = [
  ['homepage', /home|globe|web/],
  ['privacy', /eye|shield|lock|privacy/],
  ['documentation', /info|book|question|help|file-document/],
  ['source', /code|git|repo/],
  ['contribute', /heart|gift|sponsor|donate|hand-coin/]
]

/** What a card link is for: from its title or label, else from its icon's name; `other` when neither says. */
export function linkKindOf(words: string, icon: string | null): LinkKind {
  for (const [kind, pattern] of kindByWords) if (pattern.test(words)) return kind
  if (icon !== null) for (const [kind, pattern] of kindByIcon) if (pattern.test(icon)) return kind
  return 'other'
}

/** The catalogue's word for a kind of link: the accessible name of an icon link without a title. */
export function linkKindLabel(kind: LinkKind, messages: Messages): string {
  const labels: Record<LinkKind, string> = {
    homepage: messages.linkHomepage,
    privacy: messages.linkPrivacy,
    documentation: messages.linkDocumentation,
    source: messages.linkSource,
    contribute: messages.linkContribute,
    instructions: messages.linkInstructions,
    other: messages.linkOther
  }
  return labels[kind]
}

// A store or platform to the platform it installs on, first match wins (`Mac App Store` before `App Store`).
const platformByWords: Array<[string, RegExp]> = [
  ['macos', /mac\s*app\s*store|macos|mac\s*os|os\s*x|\bmac\b/iu],
  ['android', /google\s*play|googleplay|f-?droid|android|\bapk\b|accrescent|aurora\s*store|obtainium/iu],
  ['ios', /app\s*store|appstore|\bios\b|iphone|ipad|testflight/iu],
  ['windows', /windows|microsoft\s*store|winget|chocolatey|scoop/iu],
  ['linux', /linux|flathub|flatpak|snap|appimage|\bdeb\b|\brpm\b|\baur\b|ubuntu|debian|fedora/iu],
  ['browser', /firefox|chrome|edge|safari|opera|brave|vivaldi|add-?ons?|extension|расширени/iu],
  ['web', /^web$|web\s*app|browser|веб/iu]
]

/** The platform a download installs on (`Google Play` → `android`), or null when it does not say (`GitHub`). */
export function platformOf(label: string, icon: string | null, href: string): string | null {
  for (const text of [label, icon?.replace(/^(simple|fontawesome-brands|material|octicons)-/, '') ?? '', host(href)]) {
    for (const [id, pattern] of platformByWords) if (text !== '' && pattern.test(text)) return id
  }
  return null
}

function host(href: string): string {
  // Store addresses say what they install on even when the label does not.
  if (/play\.google\.com|f-droid\.org/.test(href)) return 'android'
  if (/apps\.apple\.com/.test(href)) return 'ios'
  if (/flathub\.org|snapcraft\.io/.test(href)) return 'linux'
  if (/addons\.mozilla\.org|chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com/.test(href)) return 'extension'
  return ''
}

/** A derived platform's label and icon: the names everyone writes, the catalogue's word for the rest. */
export function platformLabel(id: string, messages: Messages): {label: string; icons: string[]} {
  const known: Record<string, {label: string; icons: string[]}> = {
    android: {label: 'Android', icons: ['simple-android']},
    ios: {label: 'iOS', icons: ['simple-apple']},
    windows: {label: 'Windows', icons: ['fontawesome-brands-windows']},
    macos: {label: 'macOS', icons: ['simple-apple']},
    linux: {label: 'Linux', icons: ['simple-linux']},
    web: {label: messages.platformWeb, icons: ['material-web']},
    browser: {label: messages.platformBrowser, icons: ['material-puzzle-outline']}
  }
  return known[id] ?? {label: id, icons: []}
}
