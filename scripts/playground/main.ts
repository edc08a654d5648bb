/**
 * The playground page (docs/playground/index.html): pick an instrument, answer it in an
 * accessible form, and watch `score()` update scales, bands, cut-offs and safety flags. Runs
 * offline from file://; no server, no network.
 *
 * The imports name the sources so that `npm run typecheck` checks this file before anything is
 * built; scripts/build-playground.ts bundles it against the built package (dist/), the same
 * files a user installs.
 */
import { instruments, score } from '../../src/index.js';
import { toFhirQuestionnaire } from '../../src/fhir/index.js';
import type { ScoreResult } from '../../src/schema/result.js';
import type { InstrumentDefinition } from '../../src/schema/types.js';
import { toSurveyJs } from '../../src/surveyjs/index.js';

type Answers = Record<string, number | null>;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const all: readonly InstrumentDefinition[] = instruments;

/** The page opens on PHQ-9: its wording is shipped, so a first visitor sees real questions. */
const first: InstrumentDefinition = all.find((d) => d.id === 'phq9') ?? all[0]!;
let def: InstrumentDefinition = first;
let answers: Answers = {};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const shown = (v: number): string => String(Number(v.toFixed(2)));

function renderForm(): void {
  const form = $('form');
  form.replaceChildren();
  $('title').textContent = `${def.shortName}: ${def.name}`;
  $('notice').textContent = def.licence.notice;
  $('wording').textContent = def.licence.itemText
    ? `Wording as published by ${def.licence.holder}.`
    : `The wording of this instrument is not shipped (${def.licence.terms}) Each question shows its topic, in this package's own words, instead of the wording.`;
  $('instructions').textContent = def.instructions ?? (def.recallPeriod === null ? '' : `Recall period: ${def.recallPeriod}.`);
  for (const item of def.items) {
    const options = def.responseScales.find((r) => r.id === item.responseScale)!.options;
    const legend = el('legend', {}, `${item.number}. ${item.text ?? item.topic}`);
    if (item.text === undefined) legend.append(el('span', { className: 'topic-note' }, ' (topic; wording not shipped)'));
    const fieldset = el('fieldset', { id: `item-${item.id}` }, legend);
    fieldset.dataset['item'] = item.id;
    for (const option of options) {
      const id = `${item.id}-${option.value}`;
      const input = el('input', { type: 'radio', name: item.id, id, value: String(option.value) });
      input.checked = answers[item.id] === option.value;
      fieldset.append(el('div', { className: 'option' }, input, el('label', { htmlFor: id }, `${option.label} (${option.value})`)));
    }
    form.append(fieldset);
  }
}

/** Why a scale has no value, in words (the result's reason codes are for programs). */
function notScored(r: ScoreResult['scales'][string]): string {
  const answered = `${r.answered} of ${r.expected} answered`;
  switch (r.reason) {
    case 'insufficient_answers':
      return `not enough answers yet (${answered})`;
    case 'invalid_answers':
      return `not scored: an answer is not one of the options (${answered})`;
    default:
      return `not scored (${answered})`;
  }
}

function cutoffText(v: boolean | null): string {
  return v === null ? 'not determinable yet' : v ? 'yes' : 'no';
}

function renderResults(): void {
  const result: ScoreResult = score(def, answers);
  const rows = def.scales.map((s) => {
    const r = result.scales[s.id]!;
    const value = r.value === null ? notScored(r) : shown(r.value);
    const tr = el('tr', {}, el('th', { scope: 'row' }, s.label), el('td', { className: 'value' }, value), el('td', { className: 'band' }, r.band?.label ?? '—'));
    tr.dataset['scale'] = s.id;
    tr.dataset['value'] = r.value === null ? 'null' : String(r.value);
    tr.dataset['band'] = r.band?.id ?? '';
    return tr;
  });
  $('scales').replaceChildren(...rows);
  const cutoffs = def.cutoffs.map((c) => {
    const v = result.cutoffs[c.id] ?? null;
    const li = el('li', {}, `${c.label}: `, el('strong', {}, cutoffText(v)));
    li.dataset['cutoff'] = c.id;
    li.dataset['state'] = String(v);
    return li;
  });
  $('cutoffs').replaceChildren(...(cutoffs.length > 0 ? cutoffs : [el('li', {}, 'No published cut-off is encoded for this instrument.')]));
  const flags = result.flags.map((f) => {
    const flag = def.flags.find((x) => x.id === f.id)!;
    const li = el('li', { className: f.status }, f.status === 'positive' ? `${flag.label}. Follow your safety protocol.` : `${flag.label}: not answered yet (never assumed negative).`);
    li.dataset['flag'] = f.id;
    li.dataset['status'] = f.status;
    return li;
  });
  $('flags').replaceChildren(...flags);
  $('flags-section').hidden = def.flags.length === 0;
  $('issues').textContent = result.valid ? '' : result.issues.map((i) => i.message).join('; ');
}

function download(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function choose(id: string): void {
  def = all.find((d) => d.id === id) ?? first;
  answers = Object.fromEntries(def.items.map((i) => [i.id, null]));
  $<HTMLSelectElement>('instrument').value = def.id;
  if (location.hash !== `#${def.id}`) location.replace(`#${def.id}`);
  renderForm();
  renderResults();
}

function start(): void {
  const select = $<HTMLSelectElement>('instrument');
  select.replaceChildren(...all.map((d) => el('option', { value: d.id }, `${d.shortName}: ${d.name}`)));
  select.addEventListener('change', () => choose(select.value));
  $('form').addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    answers[input.name] = Number(input.value);
    renderResults();
  });
  $('clear').addEventListener('click', () => choose(def.id));
  $('download-answers').addEventListener('click', () => download(`${def.id}-answers.json`, { instrument: def.id, version: def.version, answers }));
  $('download-fhir').addEventListener('click', () => download(`${def.id}-questionnaire.fhir.json`, toFhirQuestionnaire(def).questionnaire));
  $('download-surveyjs').addEventListener('click', () => download(`${def.id}-surveyjs.json`, toSurveyJs(def).json));
  window.addEventListener('hashchange', () => {
    if (location.hash.slice(1) !== def.id) choose(location.hash.slice(1));
  });
  choose(location.hash.slice(1));
}

start();
