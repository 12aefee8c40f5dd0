export {writeOutputDir} from './write-output-dir.js'
export {writeFileIn} from './write-file-in.js'
export {sourceDate} from './source-date.js'
export {fingerprint} from './fingerprint.js'
