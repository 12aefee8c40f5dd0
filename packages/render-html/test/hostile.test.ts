import {describe, expect, it} from 'vitest'
import {bundleOf, renderToMemory, startTags} from './helpers.js'

// Everything here tries to get script into the site: through links, pictures, attribute
// lists, admonition titles, raw HTML, reference definitions and front matter.
const hostile = `---
title: "<script>alert('title')</script>"
description: "\\"><img src=x onerror=alert('description')>"
icon: "../../etc/passwd"
---

# Заголовок <script>alert('heading')</script>

[js](javascript:alert('js')) [upper](JAVASCRIPT:alert('upper')) [entity](jav&#x61;script:alert('entity'))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox('vb'))
<javascript:alert('autolink')>

![img](javascript:alert('img')) ![data](data:image/svg+xml,<svg onload=alert('svg')>)

Text { onclick="alert('onclick')" style="color:red" }

[button](https://example.org){ onclick="alert('attr')" href="javascript:alert('href')" .md-button data-x=1 }

Paragraph
{: onmouseover="alert('block')" .x" onfocus="alert('quote') #"><script>alert('id')</script> }

!!! note "<script>alert('admonition')</script>"
    Body <img src=x onerror=alert('inline-html')>

!!! warning "\\" onmouseover=\\"alert('title-quote')"
    Quote in a title.

??? "danger\\" onclick=\\"alert('kind')" "Title"
    Odd kind.

<script>alert('block-html')</script>

<div onclick="alert('div')">raw block</div>

[ref link][bad]

[bad]: javascript:alert('reference')

## Head { onclick=alert('heading-attr') #"><svg/onload=alert('heading-id')> }

:material-x" onload="alert('icon'):

Keys: ++"<script>alert('keys')</script>"++ ++ctrl+"<img src=x onerror=alert('key')>"++

Math: $\\href{javascript:alert('math')}{click}$ and $$ \\href{javascript:alert('block')}{x} \\style{color:red}{y} $$

$x</math><script>alert('mathml')</script>$

Critic: {++<script>alert('critic')</script>++} {>><img src=x onerror=alert('comment')><<}

\`\`\` py title="<script>alert('code-title')</script>" linenums="1\\" onload=alert(1)" hl_lines="1"
print("<script>alert('code')</script>")
\`\`\`

\`\`\` { .py .x"onload=alert('class') title='<img src=x onerror=alert(2)>' }
x = 1
\`\`\`

Inline: \`#!html <script>alert('inline')</script>\` and \`#!"><script> x\`
`

describe('hostile Markdown', () => {
  it('never reaches the HTML as markup', async () => {
    const bundle = await bundleOf({'index.md': hostile})
    const {files, contents} = await renderToMemory(bundle, {search: false})
    const pages = files.filter((file) => file.endsWith('.html'))
    expect(pages).toContain('index.html')
    if (process.env['SHOW']) console.log(String(contents.get('index.html')))
    const index = String(contents.get('index.html'))
    // A `javascript:` link keeps its words, as text, not as an empty link.
    expect(index).toContain('<span class="link-missing" title="Страница пока не написана">js</span>')
    // The text is still there, as text: the reader sees what the author wrote.
    expect(index).toContain('&#x3C;script>alert(\'admonition\')&#x3C;/script>')
    // The new paths keep hostile words as text: key names, TeX, CriticMarkup, code titles.
    expect(index).toContain('<kbd>&#x3C;script>alert(\'keys\')&#x3C;/script></kbd>')
    expect(index).toContain('<span class="filename">&#x3C;script>alert(\'code-title\')&#x3C;/script></span>')
    expect(index).toContain('<code class="math-error">\\href{javascript:alert(\'math\')}{click}</code>')
    expect(index).not.toMatch(/<math[^>]*href/)
    for (const file of pages) {
      const html = String(contents.get(file))
      for (const tag of startTags(html)) {
        const where = `${file}: <${tag.name} ${tag.attributes.map(([k, v]) => `${k}="${v}"`).join(' ')}>`
        if (tag.name === 'script') {
          // Only our own two scripts, by URL, never inline.
          expect(tag.attributes.map(([key]) => key).sort(), where).toEqual(tag.attributes.some(([k]) => k === 'defer') ? ['defer', 'src'] : ['src'])
          expect(tag.attributes.find(([key]) => key === 'src')?.[1], where).toMatch(/^(?:\.\.\/|\/)*_samizdat\/(?:site|search)\.js$/)
        }
        expect(['iframe', 'object', 'embed', 'style', 'form', 'base'], where).not.toContain(tag.name)
        for (const [key, value] of tag.attributes) {
          expect(key, where).not.toMatch(/^on/)
          expect(key, where).not.toBe('style')
          expect(key, where).not.toBe('srcdoc')
          if (key === 'href' || key === 'src' || key === 'action' || key === 'formaction') {
            const compact = value.replace(/[\s\u0000-\u001f]/g, '')
            expect(compact, where).not.toMatch(/^(?:javascript|data|vbscript):/i)
          }
          if (key === 'id' || key === 'class') expect(value, where).not.toMatch(/["<>]/)
        }
      }
      // The words of every attack are at most text or a quoted attribute value (where `<` is
      // inert): with values blanked out, no element of theirs is left.
      const markup = html.replace(/="[^"]*"/g, '=""')
      expect(markup, file).not.toMatch(/<script>/i)
      expect(markup, file).not.toMatch(/<(?:svg|img)[^>]*(?:onload|onerror)/i)
    }
  })
})
