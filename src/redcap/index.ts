/**
 * REDCap: a data dictionary with calc fields that score like `score()`, and records back into
 * answers. Import from `wellbeing-instruments/redcap`.
 *
 * @module redcap
 */
export {
  toRedcapDataDictionary,
  redcapScoreFields,
  REDCAP_NAME_LENGTH,
  REDCAP_COLUMNS,
  type RedcapDictionary,
  type RedcapField,
  type RedcapOptions,
  type RedcapWarning,
} from './dictionary.js';
export { fromRedcapRecords, type RedcapRecordOptions } from './records.js';
export type { ImportedAnswers } from '../interop/answers.js';
