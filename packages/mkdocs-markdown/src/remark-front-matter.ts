import type {Root} from 'mdast'
import {frontmatterFromMarkdown, frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import type {Processor} from 'unified'

/**
 * YAML front matter, as `remark-frontmatter` adds it, except on a page that opens with `---` and
 * never closes it. While front matter may still be open, micromark reads no block quote or list
 * on its lines (they would be YAML), and it decides those line by line: when the closing `---`
 * never comes, the lines it held back stay one paragraph (`---` ⏎ `- a` gave a thematic break
 * and the paragraph `- a`; micromark-extension-frontmatter#5). Such a page, with no front
 * matter, is parsed again without the construct, so it reads as CommonMark reads it.
 */
export function remarkYamlFrontMatter(this: Processor): undefined {
  const data = this.data()
  const syntax = frontmatter('yaml')
  ;(data.micromarkExtensions ??= []).push(syntax)
  ;(data.fromMarkdownExtensions ??= []).push(frontmatterFromMarkdown('yaml'))
  ;(data.toMarkdownExtensions ??= []).push(frontmatterToMarkdown('yaml'))

  const parse = this.parser
  if (parse === undefined) throw new Error('remarkYamlFrontMatter: use remark-parse before it')
  this.parser = function (document, file): Root {
    const tree = parse(document, file) as Root
    // The construct only starts at the very start of a page.
    if (!document.startsWith('---') || tree.children[0]?.type === 'yaml') return tree
    const extensions = data.micromarkExtensions ?? []
    data.micromarkExtensions = extensions.filter((extension) => extension !== syntax)
    try {
      return parse(document, file) as Root
    } finally {
      data.micromarkExtensions = extensions
    }
  }
  return undefined
}
