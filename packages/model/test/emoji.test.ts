import {emojiFor, emojiNames} from '@samizdat/mkdocs-markdown'
import {emojiGraphic} from '@samizdat/theme'
import {expect, test} from 'vitest'

// The dialect knows the shortcodes, the theme draws the pictures: every shortcode that parses as
// an emoji must have a picture, or some output would fall back to a glyph no font has.
test('every emoji shortcode has a Twemoji picture', () => {
  const names = emojiNames()
  expect(names.length).toBeGreaterThan(3000)
  for (const name of ['tada', 'heart', 'gear', 'smile', '+1', 'man_raising_hand', 'woman_in_lotus_position', 'arrow_left']) expect(names).toContain(name)
  const missing = names.filter((name) => emojiGraphic(emojiFor(name) ?? '') === undefined)
  expect(missing).toEqual([])
})
