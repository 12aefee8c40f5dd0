// MkDocs' own build of a project, for `--project`: timed by mkdocs-build.py under the
// interpreter of the installed `mkdocs` command. Never a dependency of the build or the tests.
import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The `mkdocs` command on PATH, or null. */
function findMkdocs() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'mkdocs')
    if (dir !== '' && existsSync(candidate)) return candidate
  }
  return null
}

/** The Python that runs `mkdocs` (its shebang), so the script imports the same packages. */
function interpreterOf(command) {
  const first = readFileSync(command, 'utf8').split('\n', 1)[0]
  const match = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first)
  if (match === null) return 'python3'
  return path.basename(match[1]) === 'env' && match[2] !== undefined ? match[2] : match[1]
}

/**
 * Build `project` (a folder with mkdocs.yml) with MkDocs into `work`: `{skipped}` when mkdocs is
 * not installed or the folder is no MkDocs project, else `{ms, cpuMs, peakRss, pages, version,
 * adapted}` or, when MkDocs still fails on the adapted copy, `{failed, version, adapted}`.
 */
export async function mkdocsBuild(project, work) {
  if (!existsSync(path.join(project, 'mkdocs.yml'))) return {skipped: 'no mkdocs.yml'}
  const command = findMkdocs()
  if (command === null) return {skipped: 'mkdocs is not installed (Debian: apt-get install mkdocs mkdocs-material python3-pymdownx mkdocs-material-extensions)'}
  const python = interpreterOf(command)
  return new Promise((resolve) => {
    execFile(python, [path.join(here, 'mkdocs-build.py'), project, work], {maxBuffer: 1 << 24}, (error, stdout, stderr) => {
      let result
      try {
        result = JSON.parse(stdout.trim().split('\n').at(-1))
      } catch {
        resolve({failed: `could not run ${python} mkdocs-build.py: ${(stderr || error?.message || 'no output').trim().split('\n').at(-1)}`})
        return
      }
      resolve(result.error === undefined ? {...result, items: result.pages, unit: 'pages'} : {failed: result.error, version: result.version, adapted: result.adapted})
    })
  })
}
