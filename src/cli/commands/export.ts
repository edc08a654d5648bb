/**
 * `export <id…> --to fhir|redcap|surveyjs|json-schema [-o file]`: an instrument in a form another
 * system loads — a FHIR R4 Questionnaire with calculated scores (several: a collection Bundle of
 * them), a REDCap data dictionary with
 * calc fields, SurveyJS survey JSON with calculated values, or the JSON Schema of its answers.
 * What an export cannot express (cut-offs in FHIR, say) is printed on stderr, never dropped
 * silently. Written atomically, like every file output of the command line.
 */
import { Command, Option } from 'commander';
import { toFhirQuestionnaire } from '../../fhir/index.js';
import { toRedcapDataDictionary } from '../../redcap/index.js';
import { answersJsonSchema } from '../../schema/answers-json.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { toSurveyJs } from '../../surveyjs/index.js';
import { CliError } from '../errors.js';
import { instrumentById } from '../instrument.js';
import { fileOutput, stdoutOutput, type Output } from '../io/output.js';
import { DEFINITION_HELP } from '../definitions.js';

export const EXPORT_FORMATS = ['fhir', 'redcap', 'surveyjs', 'json-schema'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCommandOptions {
  to: ExportFormat;
  output?: string;
  url?: string;
  status?: 'draft' | 'active' | 'retired' | 'unknown';
  questionType?: 'radiogroup' | 'rating';
  recordId?: string | false;
  showScores?: boolean;
  quiet?: boolean;
}

/** The export's text and what it could not express. */
export function exportText(definitions: readonly InstrumentDefinition[], options: ExportCommandOptions): { text: string; notes: string[] } {
  const one = () => {
    if (definitions.length !== 1) throw new CliError(`--to ${options.to} exports one instrument at a time (got ${definitions.length}); --to redcap puts several into one data dictionary, --to fhir into one Bundle`);
    return definitions[0]!;
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (options.to) {
    case 'fhir': {
      if (definitions.length > 1 && options.url !== undefined) throw new CliError('--url is the canonical URL of one Questionnaire; leave it out when exporting several (each gets the package\'s)');
      const exported = definitions.map((def) => ({ def, ...toFhirQuestionnaire(def, { ...(options.url === undefined ? {} : { url: options.url }), ...(options.status === undefined ? {} : { status: options.status }) }) }));
      const notes = exported.flatMap(({ def, notes }) => notes.map((n) => `${definitions.length > 1 ? `${def.id}: ` : ''}${n.code}${n.subject === undefined ? '' : ` (${n.subject})`}: ${n.message}`));
      if (exported.length === 1) return { text: json(exported[0]!.questionnaire), notes };
      // Several: one collection Bundle, a Questionnaire per entry, in the order given.
      return { text: json({ resourceType: 'Bundle', type: 'collection', entry: exported.map(({ questionnaire }) => ({ resource: questionnaire })) }), notes };
    }
    case 'redcap': {
      const { csv, warnings } = toRedcapDataDictionary(definitions, {
        ...(options.recordId === undefined ? {} : { recordIdField: options.recordId }),
        ...(options.showScores === true ? { showScoresOnSurveys: true } : {}),
      });
      return { text: csv.endsWith('\n') ? csv : `${csv}\n`, notes: warnings.map((w) => `${w.field}: ${w.message}`) };
    }
    case 'surveyjs': {
      const { json: survey, warnings } = toSurveyJs(one(), options.questionType === undefined ? {} : { questionType: options.questionType });
      return { text: json(survey), notes: warnings.map((w) => `${w.name}: ${w.message}`) };
    }
    case 'json-schema':
      return { text: json(answersJsonSchema(one())), notes: [] };
  }
}

export function exportCommand(): Command {
  return new Command('export')
    .description('export an instrument as a FHIR Questionnaire, REDCap data dictionary, SurveyJS survey or JSON Schema of its answers')
    .argument('<id...>', 'instrument id(s), e.g. phq9 (several with --to redcap: one dictionary; --to fhir: one Bundle)')
    .option('--definition <file>', DEFINITION_HELP)
    .addOption(new Option('--to <format>', 'what to export').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --output <file>', 'output file (written atomically); - or none for stdout')
    .option('--url <url>', 'fhir: canonical URL of the Questionnaire (default: the package\'s)')
    .addOption(new Option('--status <status>', 'fhir: publication status (default active)').choices(['draft', 'active', 'retired', 'unknown']))
    .addOption(new Option('--question-type <type>', 'surveyjs: radiogroup (default) or rating').choices(['radiogroup', 'rating']))
    .option('--record-id <field>', 'redcap: name of the record id field (default record_id)')
    .option('--no-record-id', 'redcap: leave the record id field out (to append to an existing project)')
    .option('--show-scores', 'redcap: show the score fields to participants on surveys (default: hidden)')
    .option('-q, --quiet', 'do not print what the export cannot express')
    .addHelpText(
      'after',
      `
Item wording is included only where the instrument's licence allows (see "show <id>"); otherwise
the export carries the structure, scoring and the topic of each item, and you add the licensed
wording. Every export scores like "score": FHIR calculatedExpression (FHIRPath), REDCap calc
fields, SurveyJS calculated values. What a format cannot express (e.g. cut-offs in FHIR) is
listed on stderr.

Examples:
  wellbeing-instruments export phq9 --to fhir -o phq9-questionnaire.json
  wellbeing-instruments export phq9 gad7 cbi --to fhir -o questionnaires-bundle.json
  wellbeing-instruments export phq9 gad7 cbi --to redcap -o dictionary.csv
  wellbeing-instruments export cbi --to surveyjs --question-type rating > cbi-survey.json
  wellbeing-instruments export who5 --to json-schema -o who5-answers.schema.json`,
    )
    .action(async (ids: string[], options: ExportCommandOptions) => {
      const definitions = ids.map(instrumentById);
      const { text, notes } = exportText(definitions, options);
      const toStdout = options.output === undefined || options.output === '-';
      const output: Output = toStdout ? stdoutOutput() : await fileOutput(options.output!);
      try {
        await output.write(text);
        await output.commit();
      } catch (error) {
        await output.abort();
        throw error;
      }
      if (options.quiet !== true) {
        for (const note of notes) process.stderr.write(`note: ${note}\n`);
        if (!toStdout) process.stderr.write(`${definitions.map((d) => d.shortName).join(', ')} → ${options.output} (${options.to})\n`);
      }
    });
}
