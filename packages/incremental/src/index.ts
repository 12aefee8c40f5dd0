export {renderIncrementally, type IncrementalRenderer, type IncrementalResult} from './render-incrementally.js'
export {unitHashes, type UnitKey, type UnitReads} from './unit-hashes.js'
export {snapshotInputs, snapshotOutputs, inputsUnchanged, outputsUnchanged, readStamp, writeStamp, removeStamp, type BuildStamp, type InputSnapshot} from './build-stamp.js'
