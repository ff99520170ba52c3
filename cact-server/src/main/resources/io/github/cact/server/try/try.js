// The /try page: takes an adaptive test through the IMS CAT API of this server. Plain JavaScript, no
// build step and no third-party code; the API key lives in a variable of this page only.
'use strict';

(function () {
  const CAT = '/ims/cat/v1p0';
  const byId = (id) => document.getElementById(id);

  let key = null;
  let test = null; // {section, session, sessionState, items: Map(id -> {scale, categories}), pending, answered}

  class ApiError extends Error {
    constructor(status, problem) {
      const detail = problem && problem.detail ? problem.detail : 'HTTP ' + status;
      const where = problem && problem.pointer ? ' (at ' + problem.pointer + ')' : '';
      super(status + ' ' + (problem && problem.title ? problem.title + ': ' : '') + detail + where);
    }
  }

  async function call(method, path, body, headers) {
    const all = Object.assign({ 'Authorization': 'Bearer ' + key }, headers || {});
    if (body !== undefined) {
      all['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, {
      method: method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit'
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new ApiError(response.status, json);
    }
    return json;
  }

  const path = (...parts) => parts.map(encodeURIComponent).join('/');
  const toBase64 = (text) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  const fromBase64 = (text) => new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));

  function setState(state) {
    document.body.dataset.state = state;
  }

  function showError(error) {
    const box = byId('error');
    box.textContent = error.message;
    box.hidden = false;
    setState('error');
  }

  function busy(on) {
    for (const button of document.querySelectorAll('button')) {
      button.disabled = on;
    }
    if (on) {
      byId('error').hidden = true;
      setState('busy');
    }
  }

  async function newSection() {
    const configuration = { bank: { name: byId('bank').value.trim(), version: Number(byId('version').value) } };
    const scales = byId('scales').value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    if (scales.length > 0) {
      configuration.scales = scales;
    }
    if (byId('maxItems').value !== '') {
      configuration.stopping = { maxItemsPerScale: Number(byId('maxItems').value) };
    }
    const created = await call('POST', CAT + '/sections', { sectionConfiguration: toBase64(JSON.stringify(configuration)) });
    return created.sectionIdentifier;
  }

  async function start(event) {
    event.preventDefault();
    key = byId('key').value.trim();
    busy(true);
    try {
      const section = byId('section').value.trim() || await newSection();
      const stored = await call('GET', CAT + '/sections/' + path(section));
      const bankReference = JSON.parse(fromBase64(stored.sectionConfiguration)).bank;
      const bank = await call('GET', '/banks/' + path(bankReference.name) + '/versions/' + path(String(bankReference.version)));
      const items = new Map();
      for (const item of bank.content.items) {
        // every model of the bank has one threshold b per category above the lowest
        items.set(item.item, { scale: item.scale, categories: item.b.length + 1 });
      }
      const step = await call('POST', CAT + '/sections/' + path(section) + '/sessions', {});
      test = { section: section, session: step.sessionIdentifier, items: items, answered: 0 };
      byId('setup').hidden = true;
      show(step);
    } catch (error) {
      showError(error);
    } finally {
      busy(false);
    }
  }

  function show(step) {
    test.sessionState = step.sessionState;
    const next = step.nextItems.itemIdentifiers;
    if (next.length === 0) {
      showResult(step.assessmentResult);
      return;
    }
    const id = next[0];
    const item = test.items.get(id) || { scale: '?', categories: 2 };
    test.pending = id;
    byId('progress').textContent = 'Answered so far: ' + test.answered;
    byId('prompt').textContent = 'Item ' + id + ': choose a response';
    byId('competency').textContent = 'Competency ' + item.scale;
    const choices = byId('choices');
    choices.replaceChildren();
    for (let category = 0; category < item.categories; category++) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = String(category);
      button.dataset.category = String(category);
      button.addEventListener('click', () => answer(category));
      choices.appendChild(button);
    }
    byId('item').hidden = false;
    byId('item').dataset.item = id;
    setState('item');
  }

  /** The QTI assessmentResult of one answer: the response and its SCORE outcome (the category). */
  function assessmentResult(item, sequenceIndex, category) {
    return {
      context: {},
      itemResult: [{
        identifier: item,
        sequenceIndex: sequenceIndex,
        datestamp: new Date().toISOString(),
        sessionStatus: 'final',
        responseVariables: [{
          identifier: 'RESPONSE',
          cardinality: 'single',
          baseType: 'identifier',
          candidateResponse: { value: [{ value: 'CATEGORY_' + category }] }
        }],
        outcomeVariables: [{
          identifier: 'SCORE',
          cardinality: 'single',
          baseType: 'integer',
          value: [{ value: String(category) }]
        }]
      }]
    };
  }

  async function answer(category) {
    const sequenceIndex = test.answered + 1;
    busy(true);
    try {
      const body = { assessmentResult: assessmentResult(test.pending, sequenceIndex, category), sessionState: test.sessionState };
      // a retry of the same answer (after a lost reply) carries the same key and does not advance the test twice
      const step = await call('POST', CAT + '/sections/' + path(test.section) + '/sessions/' + path(test.session) + '/results',
        body, { 'Idempotency-Key': test.session + '-' + sequenceIndex });
      test.answered = sequenceIndex;
      show(step);
    } catch (error) {
      showError(error);
    } finally {
      busy(false);
    }
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function showResult(result) {
    byId('item').hidden = true;
    const body = document.querySelector('#scores tbody');
    body.replaceChildren();
    for (const scale of result.scales) {
      const row = document.createElement('tr');
      row.dataset.scale = scale.scale;
      cell(row, scale.scale, 'scale');
      cell(row, String(scale.items), 'number items');
      cell(row, scale.theta.toFixed(3), 'number theta');
      cell(row, scale.se === null ? '∞' : scale.se.toFixed(3), 'number se');
      cell(row, String(scale.level), 'number level');
      cell(row, scale.stopReason || '', 'reason');
      body.appendChild(row);
    }
    const session = byId('session');
    session.textContent = 'Session ' + test.session + ' of section ' + test.section + ', ' + test.answered + ' items.';
    session.dataset.section = test.section;
    session.dataset.session = test.session;
    byId('result').hidden = false;
    setState('done');
  }

  document.addEventListener('DOMContentLoaded', () => {
    byId('setup').addEventListener('submit', start);
  });
}());
