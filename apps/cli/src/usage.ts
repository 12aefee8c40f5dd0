/** The help text, kept beside the parser so the two cannot drift apart. */
export const usage = `Usage:
  samizdat build  [DIR] [--out DIR] [--site-url URL] [--strict] [--only html,pdf,cards] [--force]
                  [--leaflet-size A5|A4]
  samizdat check  [DIR] [--strict] [--format text|json]
  samizdat bundle [DIR] [--out FILE] [--strict]
  samizdat dev    [DIR] [--out DIR] [--port N] [--site-url URL]    (alias: serve)

DIR is a Samizdat content folder (samizdat.yml), an MkDocs project (mkdocs.yml)
or a bare folder of Markdown pages. Default: the current folder when it holds
samizdat.yml or mkdocs.yml, else the bundled content/ folder (in the repository).

  build    parse once, then write site/, leaflets/ and cards/ under --out (default dist/);
           in an MkDocs project without --out, the site goes to its site_dir (site/)
           and the leaflets, cards and cache to .cache/samizdat/;
           only what changed since the last build is parsed and rendered again
  check    report problems in the content, compiler style (file:line:column)
  bundle   write the parsed site bundle (JSON) that the renderers read
  dev      build, serve --out's site/ on http://127.0.0.1:8000/ (or the next free port)
           (in an MkDocs project: .cache/samizdat/dev/, site_dir stays as it is)
           and rebuild on every change: pages reload themselves, content errors show
           in the page (the last good site stays served), and each page has a panel
           with its share cards and leaflets; Ctrl-C stops

Options:
  --out DIR        output folder (build, dev) or bundle file (bundle)
  --port N         dev's port on 127.0.0.1 (default 8000 or the next free; 0 picks any)
  --site-url URL   absolute URL the site will be served from (overrides site_url)
  --strict         treat warnings as errors
  --only LIST      build only some outputs: html, pdf, cards (comma-separated)
  --force          ignore the build cache (OUT/.samizdat-cache) and render everything
  --leaflet-size   paper of the leaflets: A5 (default; folds from A4) or A4
  --format FORMAT  check's output: text (default) or json
  -h, --help       show this help

Exit status: 0 success (warnings are printed), 1 the content has errors
(or warnings under --strict), 2 bad invocation.
`
