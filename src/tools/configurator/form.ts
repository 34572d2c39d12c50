/**
 * The configurator's form: the widget, its options, the unit and the links,
 * each field checked as it is typed with its message beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Department } from '../../data/department.js';
import { formatMonth, formatNumber } from '../../data/format.js';
import { DEFAULT_LINKS } from '../../runtime/links.js';
import { checkUnitName } from '../../runtime/unit-name.js';
import type { DepartmentFile } from '../department-file.js';
import type { DataFileStatus } from './checks.js';
import { isPublished } from './published.js';
import { linkLook } from './snippets.js';
import {
  CHOICES,
  LINK_FIELDS,
  checkLink,
  checkMonth,
  checkTarget,
  checkUnit,
  type ConfiguratorState,
  type Field,
} from './state.js';
import type { ChoiceLabels, Key, Words } from './words.js';

export interface FormContext {
  state: ConfiguratorState;
  t: Words;
  set: (field: Field, value: string) => void;
  /** The Department's origin: a link or file elsewhere gets a warning. */
  departmentOrigin: string;
  /** The folder the embed code loads ispeed-widgets from, named in a note. */
  distFolder: string;
  /** What reading the progress data file gave. */
  dataFile: DataFileStatus;
  /** department.json: the links shown as defaults, the units offered for the unit field. */
  department: DepartmentFile;
}

/** The Department as its file describes it, once read. */
const departmentOf = (context: FormContext): Department | undefined =>
  context.department.state === 'read' ? context.department.department : undefined;

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function renderForm(context: FormContext): TemplateResult {
  const { t, state } = context;
  return html`<form class="options" @submit=${(event: Event) => event.preventDefault()}>
    ${radios(context, 'widget', t('widgetLegend'), CHOICES.widget, 'widgets')}
    <fieldset>
      <legend>${t('optionsLegend')}</legend>
      ${widgetOptions(context)}
      ${linkLook(state).kind === 'text' ? nothing : selectField(context, 'fallbackImage', t('fallbackImage'), CHOICES.fallbackImage, 'fallbackImages')}
      ${selectField(context, 'lang', t('lang'), CHOICES.lang, 'langs')}
      ${selectField(context, 'theme', t('theme'), CHOICES.theme, 'themes')}
    </fieldset>
    <fieldset>
      <legend>${t('unitLegend')}</legend>
      ${unitField(context)}
      ${textField(context, 'unitName', t('unitName'), state.unitName.trim() && !checkUnitName(state.unitName) ? t('errorUnitName') : '')}
    </fieldset>
    <fieldset>
      <legend>${t('linksLegend')}</legend>
      <p class="hint links-source">${t(departmentOf(context) ? 'linksFromDepartment' : 'linksFromLibrary')}</p>
      ${LINK_FIELDS.map((field) => linkField(context, field, t(field)))}
      ${linkField(context, 'assetBase', t('assetBase'), true)}
      <p class="hint">${t('hostNote', { host: context.distFolder })}</p>
      ${context.department.state === 'absent' ? html`<p class="hint department-missing">${t('departmentMissing')}</p>` : nothing}
    </fieldset>
  </form>`;
}

/** A choice's label from its group in the words file; a value without one shows as itself. */
function choiceLabel(t: Words, labels: ChoiceLabels | undefined, choice: string): string {
  if (!labels) return choice;
  const key = `${labels}.${choice}` as Key;
  const label = t(key);
  return label === key ? choice : label;
}

export function selectField(
  context: FormContext,
  field: Field,
  label: string,
  choices: readonly string[],
  labels?: ChoiceLabels,
): TemplateResult {
  const { state, t, set } = context;
  return html`<label class="field">
    <span>${label}</span>
    <select name=${field} @change=${(event: Event) => set(field, valueOf(event))}>
      ${choices.map((choice) => html`<option .value=${choice} ?selected=${state[field] === choice}>${choiceLabel(t, labels, choice)}</option>`)}
    </select>
  </label>`;
}

function radios(
  context: FormContext,
  field: Field,
  legend: string,
  choices: readonly string[],
  labels: ChoiceLabels,
): TemplateResult {
  const { state, t, set } = context;
  return html`<fieldset class="radios">
    <legend>${legend}</legend>
    ${choices.map(
      (choice) => html`<label class="radio">
        <input type="radio" name=${field} value=${choice} .checked=${state[field] === choice}
          @change=${() => set(field, choice)} />
        ${choiceLabel(t, labels, choice)}
      </label>`,
    )}
  </fieldset>`;
}

function widgetOptions(context: FormContext): TemplateResult {
  const { t, state } = context;
  if (state.widget === 'banner') {
    return html`${selectField(context, 'bannerSize', t('size'), CHOICES.bannerSize)} ${selectField(context, 'variant', t('variant'), CHOICES.variant, 'variants')}`;
  }
  if (state.widget === 'qr-card') {
    return html`${selectField(context, 'qrSize', t('size'), CHOICES.qrSize, 'qrSizes')} ${selectField(context, 'level', t('level'), CHOICES.level, 'levels')}
    ${selectField(context, 'paper', t('paper'), CHOICES.paper, 'papers')}`;
  }
  if (state.widget === 'guide') return selectField(context, 'layout', t('layout'), CHOICES.layout, 'layouts');
  return html`${dataFileField(context)} ${selectField(context, 'ranking', t('ranking'), CHOICES.ranking, 'rankings')}
  ${checkedField(context, 'target', t('target'), checkTarget(state.target) ? '' : t('errorTarget'), 'numeric')}
  ${checkedField(context, 'month', t('month'), checkMonth(state.month) ? '' : t('errorMonth'))}`;
}

/** A short text field checked as it is typed, with its message beside it. */
function checkedField(
  context: FormContext,
  field: Field,
  label: string,
  error: string,
  inputmode = 'text',
): TemplateResult {
  const { state, set } = context;
  const id = `field-${field}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" name=${field} inputmode=${inputmode} maxlength="12" .value=${state[field]}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-error"
      @input=${(event: Event) => set(field, valueOf(event))} />
    <p id="${id}-error" class="error" aria-live="polite">${error}</p>
  </div>`;
}

function textField(context: FormContext, field: Field, label: string, error = ''): TemplateResult {
  const { state, set } = context;
  const id = `field-${field}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" name=${field} maxlength="120" .value=${state[field]}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-error"
      @input=${(event: Event) => set(field, valueOf(event))} />
    <p id="${id}-error" class="error" aria-live="polite">${error}</p>
  </div>`;
}

/**
 * The unit's code. Where the Department published its units, the field
 * searches them (a datalist: type a name or a code) and says whether the
 * code is one of them.
 */
function unitField(context: FormContext): TemplateResult {
  const { t, state, set } = context;
  const { code, changed } = checkUnit(state.unit);
  const units = departmentOf(context)?.units ?? [];
  const published = units.find((unit) => unit.code === code);
  const listed = !code || !units.length ? '' : published ? t('unitPublished', { name: published.name }) : '';
  const unlisted = code && units.length && !published ? t('unitNotPublished', { code }) : '';
  return html`<div class="field">
    <label for="unit">${t('unit')}</label>
    <input id="unit" type="text" name="unit" maxlength="120" autocomplete="off" spellcheck="false"
      list=${units.length ? 'department-units' : nothing}
      aria-describedby="unit-hint unit-note unit-listed unit-unlisted"
      .value=${state.unit} @input=${(event: Event) => set('unit', valueOf(event))} />
    ${
      units.length
        ? html`<datalist id="department-units">
            ${units.map((unit) => html`<option value=${unit.code} label=${unit.name}></option>`)}
          </datalist>`
        : nothing
    }
    <p id="unit-hint" class="hint">${units.length ? t('unitHintListed', { count: units.length }) : t('unitHint')}</p>
    <p id="unit-note" class="note" aria-live="polite">${changed ? t('unitChanged', { code }) : ''}</p>
    <p id="unit-listed" class="data-ok" aria-live="polite">${listed}</p>
    <p id="unit-unlisted" class="warning" aria-live="polite">${unlisted}</p>
  </div>`;
}

/** The error for a typed address, and the warning when it leaves what the Department publishes. */
function checkAddress(
  context: FormContext,
  field: Field,
  kind: 'link' | 'file',
  allowHttp: boolean,
): { error: string; warning: string } {
  const { t, state } = context;
  const check = checkLink(state[field], { allowHttp });
  const error = check.error === 'https' ? t('errorHttps') : check.error === 'invalid' ? t('errorInvalid') : '';
  const leaves = check.url && !isPublished(check.url, kind, context.departmentOrigin);
  const warning = leaves ? t(kind === 'file' ? 'foreignFile' : 'foreignLink', { host: new URL(check.url!).host }) : '';
  return { error, warning };
}

/** What an empty link field gives: the Department's link from department.json, else the library's safe default. */
function defaultLink(context: FormContext, field: Field): string {
  if (field !== 'android' && field !== 'ios' && field !== 'web') return '';
  return departmentOf(context)?.links[field] ?? DEFAULT_LINKS[field];
}

function linkField(context: FormContext, field: Field, label: string, allowHttp = false): TemplateResult {
  const { state, set, t } = context;
  const { error, warning } = checkAddress(context, field, field === 'assetBase' ? 'file' : 'link', allowHttp);
  const id = `field-${field}`;
  const fallback = defaultLink(context, field);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="url" name=${field} inputmode="url" spellcheck="false" .value=${state[field]}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error ${id}-warning"
      @input=${(event: Event) => set(field, valueOf(event))} />
    ${fallback ? html`<p id="${id}-hint" class="hint link-default">${t('linkDefault', { url: fallback })}</p>` : nothing}
    <p id="${id}-error" class="error" aria-live="polite">${error}</p>
    <p id="${id}-warning" class="warning" aria-live="polite">${warning}</p>
  </div>`;
}

/** What reading the data file gave, in words: a message for the field, and whether the file can be used. */
function dataFileMessage(context: FormContext): { ok: boolean; message: string } {
  const { t, state, dataFile } = context;
  if (dataFile.state === 'checking') return { ok: false, message: t('dataChecking') };
  if (dataFile.state === 'unusable')
    return {
      ok: false,
      message: t('dataProblem', { reason: dataFile.reason?.(state.ui) ?? t('reasons.noUsableRow') }),
    };
  if (dataFile.state === 'read') {
    return {
      ok: true,
      message: t('dataRead', {
        units: formatNumber(dataFile.units, state.ui),
        month: formatMonth(dataFile.month, state.ui),
      }),
    };
  }
  return { ok: false, message: '' };
}

/** The progress data file: required, and read as it is typed so the editor sees what the widget will show. */
function dataFileField(context: FormContext): TemplateResult {
  const { t, state, set, dataFile } = context;
  const read = dataFileMessage(context);
  const address = checkAddress(context, 'dataSrc', 'file', true);
  const error = !state.dataSrc.trim() ? t('dataRequired') : address.error || (read.ok ? '' : read.message);
  const id = 'field-dataSrc';
  return html`<div class="field">
    <label for=${id}>${t('dataSrc')}</label>
    <input id=${id} type="url" name="dataSrc" inputmode="url" spellcheck="false" required aria-required="true" .value=${state.dataSrc}
      aria-invalid=${error && dataFile.state !== 'checking' ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error ${id}-warning ${id}-ok"
      @input=${(event: Event) => set('dataSrc', valueOf(event))} />
    <p id="${id}-hint" class="hint">${t('dataSrcHint')}</p>
    <p id="${id}-error" class="error" aria-live="polite">${error}</p>
    <p id="${id}-warning" class="warning" aria-live="polite">${address.warning}</p>
    <p id="${id}-ok" class="data-ok" aria-live="polite">${read.ok ? read.message : ''}</p>
  </div>`;
}
