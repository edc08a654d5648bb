/**
 * SurveyJS: survey JSON whose calculated values score like `score()`, and results back into
 * answers. Import from `wellbeing-instruments/surveyjs`.
 *
 * @module surveyjs
 */
export {
  toSurveyJs,
  type SurveyJsCalculatedValue,
  type SurveyJsChoice,
  type SurveyJsExport,
  type SurveyJsHtml,
  type SurveyJsOptions,
  type SurveyJsQuestion,
  type SurveyJsWarning,
  type SurveyJson,
} from './survey.js';
export { fromSurveyJsData } from './data.js';
export type { ImportedAnswers } from '../interop/answers.js';
