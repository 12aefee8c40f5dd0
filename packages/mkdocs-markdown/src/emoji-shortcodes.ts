import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** Emoji shortcodes (pymdownx.emoji with Material's Twemoji index) to the emoji they stand for. */
let shortcodes: Map<string, string> | undefined

// Twemoji 15 (what `@samizdat/theme` draws) has every emoji up to Emoji 15.0; later ones would
// have no picture, so their shortcodes stay text.
const newestDrawable = 15

interface EmojibaseEmoji {
  hexcode: string
  emoji: string
  version: number
  skins?: EmojibaseEmoji[]
}

/** Build the table once: JoyPixels names (what the Twemoji index of pymdownx uses), then GitHub's as aliases. */
function table(): Map<string, string> {
  const emoji = new Map<string, string>()
  const add = (entry: EmojibaseEmoji) => {
    if (entry.version <= newestDrawable) emoji.set(entry.hexcode, entry.emoji)
    for (const skin of entry.skins ?? []) add(skin)
  }
  for (const entry of require('emojibase-data/en/data.json') as EmojibaseEmoji[]) add(entry)
  const names = new Map<string, string>()
  for (const set of ['joypixels', 'github']) {
    const codes = require(`emojibase-data/en/shortcodes/${set}.json`) as Record<string, string | string[]>
    for (const [hexcode, name] of Object.entries(codes)) {
      const value = emoji.get(hexcode)
      if (value === undefined) continue
      for (const one of typeof name === 'string' ? [name] : name) if (!names.has(one)) names.set(one, value)
    }
  }
  return names
}

/** The emoji a shortcode name (without colons: `tada`, `+1`, `man_raising_hand`) stands for, if any. */
export function emojiFor(name: string): string | undefined {
  shortcodes ??= table()
  return shortcodes.get(name)
}

/** Every emoji shortcode name the dialect knows, sorted. */
export function emojiNames(): string[] {
  shortcodes ??= table()
  return [...shortcodes.keys()].sort()
}
