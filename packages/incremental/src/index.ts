export {renderIncrementally, type IncrementalRenderer, type IncrementalResult} from './render-incrementally.js'
export {unitHashes, type UnitKey} from './unit-hashes.js'
