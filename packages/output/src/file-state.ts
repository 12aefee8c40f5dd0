import {statSync, type BigIntStats} from 'node:fs'

/**
 * What a build remembers of a file or folder to tell, without reading it, whether it changed:
 * its kind, its size, its modification time in nanoseconds and its inode
 * (a file replaced by another, even with the same size and time, is a new inode).
 */
export interface FileState {
  path: string
  kind: 'file' | 'directory' | 'missing' | 'other'
  size: number
  /** Nanoseconds, as a decimal string (more than a double holds). */
  mtime: string
  /** Milliseconds, for the "changed just now" check. */
  mtimeMs: number
  ino: string
}

/** The {@link FileState} of `file` now (following symbolic links). */
export function fileState(file: string): FileState {
  let s: BigIntStats | undefined
  try {
    s = statSync(file, {bigint: true, throwIfNoEntry: false})
  } catch {
    // Not a folder on the way (ENOTDIR), or not allowed: as good as missing.
    s = undefined
  }
  if (s === undefined) return {path: file, kind: 'missing', size: -1, mtime: '0', mtimeMs: 0, ino: '0'}
  const kind = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other'
  // A folder's size says nothing of its entries (its mtime does): left out.
  return {path: file, kind, size: kind === 'directory' ? 0 : Number(s.size), mtime: s.mtimeNs.toString(), mtimeMs: Number(s.mtimeMs), ino: s.ino.toString()}
}

/** Whether every file and folder is as it was when these states were taken. */
export function sameFileStates(states: readonly FileState[]): boolean {
  return states.every((old) => {
    const now = fileState(old.path)
    return sameFileState(now, old)
  })
}

/** Whether two states of the same path say the same file. */
export function sameFileState(a: FileState, b: FileState): boolean {
  return a.path === b.path && a.kind === b.kind && a.size === b.size && a.mtime === b.mtime && a.ino === b.ino
}
