import type {Palette} from '@samizdat/theme'
import type {CardNode} from '../h.js'
import {wideLayout} from './wide-layout.js'

/** What a page's Open Graph card shows. */
export interface PageCardProps {
  title: string
  description: string
  /** Data URI of the page's icon (from its front matter), or null for a monogram. */
  icon: string | null
  siteName: string
  url: string
  palette?: Palette
}

/** A Markdown page's 1200×630 Open Graph card: its title and description in the guide's colours. */
export function pageOg(props: PageCardProps): CardNode {
  const {title, description, icon, ...rest} = props
  return wideLayout({title, text: description, image: icon, color: null, platforms: [], ...rest})
}
