/**
 * The dashboard's browser code, served as /dashboard/app.js. Plain JavaScript kept as text (the project is type-checked
 * without the DOM library); it reads the graph as the person signed in through the user registry (the session's page
 * script, /auth/session.js), or with a pasted access token: indicatorBoard for the cards, introspection for the report
 * explorer, the report fields and the export for the rest.
 */
export const DASHBOARD_APP = String.raw`
'use strict';
const $ = (selector) => document.querySelector(selector);
const TOKEN_KEY = 'esg-dashboard-token';
const CLASS_NAMES = { BENCHMARK: '标杆', MIDDLE: '中部', LAGGING: '落后' };
const MODULE_NAMES = { 'one-matter': '一件事', 'one-category': '一类事', credit: '信用', appeals: '企呼我应', policies: '惠企政策', inspections: '双随机' };
const charts = [];

/** The bearer token: one pasted in, else the session's current access token. */
async function bearer() {
  return sessionStorage.getItem(TOKEN_KEY) || (await esgSession.accessToken());
}

async function graph(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + (await bearer()) },
    body: JSON.stringify({ query: query, variables: variables || {} }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors.map((entry) => entry.message).join('\n'));
    error.code = body.errors[0].extensions && body.errors[0].extensions.code;
    throw error;
  }
  return body.data;
}

/** The Chinese term of a name such as "On-time completion rate (按时办结率)". */
const chineseOf = (name) => {
  const at = name.lastIndexOf(' (');
  const term = at >= 0 && name.endsWith(')') ? name.slice(at + 2, -1) : '';
  return /[\u4e00-\u9fff]/.test(term) ? term : name;
};

function formatValue(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === 'RATE') return (value * 100).toFixed(1) + '%';
  if (unit === 'YUAN') return '¥' + (value / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }) + ' 万';
  if (unit === 'WORKING_DAYS') return value.toFixed(2) + ' 个工作日';
  return value.toLocaleString('zh-CN');
}

function lastFullMonth() {
  // The county's calendar (Asia/Shanghai, UTC+8 all year), whatever the browser's zone.
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
}

function clearCharts() { while (charts.length) charts.pop().dispose(); }

async function loadBoard() {
  $('#board-error').textContent = '';
  const variables = { from: $('#from').value, to: $('#to').value, region: $('#region').value || null, chain: $('#chain').value || null };
  try {
    const data = await graph('query Board($from: LocalDate!, $to: LocalDate!, $region: String, $chain: String) {' +
      ' indicatorBoard(from: $from, to: $to, region: $region, chain: $chain, trendPeriods: 5) {' +
      ' entries { indicator { code name definition unit direction module } value target class provisionalCalendar trend { from to value } } } }', variables);
    renderCards(data.indicatorBoard.entries);
  } catch (error) {
    $('#board-error').textContent = error.message;
  }
}

function renderCards(entries) {
  clearCharts();
  const cards = $('#cards');
  cards.textContent = '';
  for (const entry of entries) {
    const card = document.createElement('div');
    card.className = 'card';
    card.dataset.code = entry.indicator.code;
    card.title = entry.indicator.name + '\n' + entry.indicator.definition;
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = chineseOf(entry.indicator.name);
    const badge = document.createElement('span');
    badge.className = 'badge ' + (entry.class || 'NONE');
    badge.textContent = entry.class ? CLASS_NAMES[entry.class] : '无目标';
    name.appendChild(badge);
    const source = document.createElement('div');
    source.className = 'target';
    source.textContent = MODULE_NAMES[entry.indicator.module] || entry.indicator.module;
    const value = document.createElement('div');
    value.className = 'value';
    value.textContent = formatValue(entry.value, entry.indicator.unit);
    const target = document.createElement('div');
    target.className = 'target';
    target.textContent = entry.target === null ? '未设目标值' : '目标 ' + formatValue(entry.target, entry.indicator.unit);
    card.append(name, source, value, target);
    if (entry.provisionalCalendar) {
      const note = document.createElement('div');
      note.className = 'provisional';
      note.textContent = '含暂定日历年份，数值待日历发布后确认';
      card.appendChild(note);
    }
    if (entry.trend.length) {
      const spark = document.createElement('div');
      spark.className = 'spark';
      card.appendChild(spark);
      cards.appendChild(card);
      const chart = echarts.init(spark);
      const points = entry.trend.concat([{ from: $('#from').value, value: entry.value }]);
      chart.setOption({
        animation: false,
        grid: { left: 2, right: 2, top: 4, bottom: 4 },
        xAxis: { type: 'category', show: false, data: points.map((point) => point.from) },
        yAxis: { type: 'value', show: false, scale: true },
        tooltip: { trigger: 'axis' },
        series: [{ type: 'line', smooth: true, symbolSize: 4, data: points.map((point) => point.value) }],
      });
      charts.push(chart);
    } else cards.appendChild(card);
  }
  if (!entries.length) cards.textContent = '没有可显示的指标。';
  cards.dataset.loaded = String(Date.now());
}

let cubes = [];

async function loadCatalogue() {
  const data = await graph('{ __schema { queryType { fields { name description args { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } types { name kind enumValues { name description } } } }');
  const enums = new Map(data.__schema.types.filter((type) => type.kind === 'ENUM').map((type) => [type.name, type.enumValues]));
  const named = (type) => (type ? type.name || named(type.ofType) : null);
  cubes = data.__schema.queryType.fields.flatMap((field) => {
    const match = /^([a-z][A-Za-z0-9]*)Report$/.exec(field.name);
    const dimensions = named((field.args.find((arg) => arg.name === 'dimensions') || {}).type);
    const measures = named((field.args.find((arg) => arg.name === 'measures') || {}).type);
    if (!match || !enums.has(dimensions) || !enums.has(measures)) return [];
    return [{ code: match[1], field: field.name, description: field.description, prefix: dimensions.replace(/Dimension$/, ''), dimensions: enums.get(dimensions), measures: enums.get(measures) }];
  });
  const select = $('#cube');
  select.textContent = '';
  for (const cube of cubes) {
    const option = document.createElement('option');
    option.value = cube.code;
    option.textContent = chineseOf((cube.description || cube.code).split(':')[0]) + '（' + cube.code + '）';
    select.appendChild(option);
  }
  renderChoices();
}

function renderChoices() {
  const cube = cubes.find((entry) => entry.code === $('#cube').value);
  if (!cube) return;
  for (const [box, values, name] of [[$('#dimensions'), cube.dimensions, 'dimension'], [$('#measures'), cube.measures, 'measure']]) {
    box.textContent = '';
    for (const value of values) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = value.name;
      label.append(input, ' ' + chineseOf(value.description || value.name) + ' ' + value.name);
      box.appendChild(label);
    }
  }
}

function reportRequest() {
  const cube = cubes.find((entry) => entry.code === $('#cube').value);
  const checked = (name) => Array.from(document.querySelectorAll('input[name=' + name + ']:checked')).map((input) => input.value);
  const filter = { from: $('#from').value || null, to: $('#to').value || null, where: $('#region').value ? [{ dimension: 'REGION', values: [$('#region').value] }] : null };
  if (filter.where && !cube.dimensions.some((value) => value.name === 'REGION')) filter.where = null;
  return { cube: cube, dimensions: checked('dimension'), measures: checked('measure'), filter: filter };
}

const fieldOf = (value) => value.toLowerCase().replace(/_([a-z0-9])/g, (_, char) => char.toUpperCase());

async function runReport() {
  $('#report-error').textContent = '';
  const request = reportRequest();
  const columns = request.dimensions.concat(request.measures);
  const selection = columns.map(fieldOf).join(' ') || '__typename';
  try {
    const data = await graph('query Report($dimensions: [' + request.cube.prefix + 'Dimension!]!, $measures: [' + request.cube.prefix + 'Measure!]!, $filter: ' + request.cube.prefix + 'ReportFilter) {' +
      ' report: ' + request.cube.field + '(dimensions: $dimensions, measures: $measures, filter: $filter, limit: 500) { truncated rows { ' + selection + ' } } }',
      { dimensions: request.dimensions, measures: request.measures, filter: request.filter });
    renderReport(request, columns, data.report.rows);
  } catch (error) {
    $('#report-error').textContent = error.message;
  }
}

function renderReport(request, columns, rows) {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const column of columns) { const cell = document.createElement('th'); cell.textContent = column; head.appendChild(cell); }
  const body = table.createTBody();
  for (const row of rows) {
    const line = body.insertRow();
    for (const column of columns) line.insertCell().textContent = row[fieldOf(column)] === null ? '' : String(row[fieldOf(column)]);
  }
  $('#result').replaceChildren(table);
  const chartBox = $('#chart');
  const existing = echarts.getInstanceByDom(chartBox);
  if (existing) existing.dispose();
  const chart = echarts.init(chartBox);
  const category = request.dimensions[0];
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: request.measures },
    xAxis: { type: 'category', data: rows.map((row) => (category ? row[fieldOf(category)] : '合计')) },
    yAxis: { type: 'value' },
    series: request.measures.map((measure) => ({ name: measure, type: 'bar', data: rows.map((row) => row[fieldOf(measure)]) })),
  });
  chartBox.dataset.rows = String(rows.length);
}

async function download(format) {
  $('#report-error').textContent = '';
  const request = reportRequest();
  const query = new URLSearchParams({ dimensions: request.dimensions.join(','), measures: request.measures.join(','), filter: JSON.stringify(request.filter), totals: 'true' });
  const response = await fetch('/reports/' + request.cube.code + '.' + format + '?' + query, { headers: { authorization: 'Bearer ' + (await bearer()) } });
  if (!response.ok) { $('#report-error').textContent = (await response.json()).errors.map((error) => error.message).join('\n'); return; }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = request.cube.code + '.' + format;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

async function start() {
  $('#signin').hidden = true;
  $('#app').hidden = false;
  const [from, to] = lastFullMonth();
  if (!$('#from').value) $('#from').value = from;
  if (!$('#to').value) $('#to').value = to;
  try {
    const data = await graph('{ regions { code name } chains { code name } }');
    for (const [select, entries] of [[$('#region'), data.regions], [$('#chain'), data.chains]]) {
      for (const entry of entries) { const option = document.createElement('option'); option.value = entry.code; option.textContent = entry.name; select.appendChild(option); }
    }
    await Promise.all([loadBoard(), loadCatalogue()]);
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') return showSignIn(error.message);
    $('#board-error').textContent = error.message;
  }
}

/** Shows the sign-in, e.g. when the person's role may not read the board; the session itself stays. */
function showSignIn(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  $('#app').hidden = true;
  $('#signin').hidden = false;
  $('#signin-error').textContent = message || '';
}

async function signOut() {
  if (!sessionStorage.getItem(TOKEN_KEY)) await esgSession.signOut();
  showSignIn();
}

$('#signin-button').addEventListener('click', () => { sessionStorage.setItem(TOKEN_KEY, $('#token').value.trim()); start(); });
$('#signout').addEventListener('click', () => signOut());
for (const id of ['#from', '#to', '#region', '#chain']) $(id).addEventListener('change', loadBoard);
$('#cube').addEventListener('change', renderChoices);
$('#run').addEventListener('click', runReport);
$('#csv').addEventListener('click', () => download('csv'));
$('#xlsx').addEventListener('click', () => download('xlsx'));
window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
$('#signin-link').href = esgSession.signInUrl();
if (sessionStorage.getItem(TOKEN_KEY)) start();
else esgSession.current().then((session) => (session ? start() : showSignIn()));
`;
