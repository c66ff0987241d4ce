'use strict';
// The planner's page: pick or upload a problem, solve it while watching the best score, then look at the plan.
// Plain browser JavaScript and SVG; everything comes from this service.

const TRACK_COLOURS = ['#1c6fb5', '#e07b00', '#2f9e44', '#ae3ec9', '#c92a2a', '#0b7285', '#5c940d', '#862e9c'];
const SVG_NS = 'http://www.w3.org/2000/svg';
const DAY_MS = 86400000;

const state = {
  problemId: null,
  problem: null,      // the problem document of the selected problem
  planId: null,
  plan: null,         // the plan report shown
  events: null,       // EventSource of the followed plan
  lastPlanFetch: 0,
  disruptions: [],    // the disruptions added to the re-plan form
};

const $ = (id) => document.getElementById(id);
const number = (n) => n == null ? '–' : Number(n).toLocaleString('en-US');

// Writes carry the API token when the service asks for one (401): asked once, kept for this browser tab.
async function api(path, options = {}) {
  const write = options.method && options.method !== 'GET';
  const send = () => {
    const token = write ? sessionStorage.getItem('cohort-planner-token') : null;
    const headers = Object.assign({}, options.headers || {}, token ? { Authorization: `Bearer ${token}` } : {});
    return fetch(path, Object.assign({}, options, { headers }));
  };
  let response = await send();
  if (write && response.status === 401) {
    const token = window.prompt('This service needs its API token for changes (cohort-planner.api-token):');
    if (token) {
      sessionStorage.setItem('cohort-planner-token', token.trim());
      response = await send();
    }
  }
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error(body && body.detail ? body.detail : response.status + ' ' + response.statusText);
    error.body = body;
    throw error;
  }
  return body;
}

// ---- problems -------------------------------------------------------------------------------------------

async function loadProblems(selectId) {
  const problems = await api('/api/problems');
  const select = $('problem-select');
  select.replaceChildren(...problems.map((p) => option(p.id,
    `${p.name} — ${number(p.teachers)} teachers (${p.createdAt.slice(0, 10)})`)));
  if (problems.length === 0) {
    $('problem-summary').textContent = 'No problem stored yet: upload one.';
    return;
  }
  const chosen = selectId || (problems.some((p) => p.id === state.problemId) ? state.problemId : problems[0].id);
  select.value = chosen;
  await selectProblem(chosen);
}

async function selectProblem(id) {
  state.problemId = id;
  const stored = await api(`/api/problems/${id}`);
  state.problem = stored.problem;
  const s = stored.summary;
  $('problem-summary').textContent = `${s.programmeId}: ${number(s.teachers)} teachers, ${number(s.schools)} schools, `
    + `${s.trainers} trainers, ${s.venues} venues, ${s.districts} districts; ${s.horizonStart} to ${s.horizonEnd}`
    + (s.warnings.length ? `; ${s.warnings.length} warnings` : '');
  fillIds('trainer-ids', state.problem.trainers);
  fillIds('venue-ids', state.problem.venues);
  fillIds('district-ids', state.problem.districts);
  fillIds('school-ids', state.problem.schools);
  const plans = await loadPlans();
  if (plans.length) {
    await showPlan(plans[0].id);
  } else {
    clearPlan();
  }
}

async function upload(event) {
  event.preventDefault();
  const files = $('upload-input').files;
  const message = $('upload-message');
  const table = $('validation-errors');
  if (!files.length) {
    message.textContent = 'Choose the CSV files of a problem, a zip of them or a JSON file first.';
    return;
  }
  const form = new FormData();
  for (const file of files) {
    form.append('file', file);
  }
  message.textContent = 'Uploading and validating…';
  table.hidden = true;
  try {
    const summary = await api('/api/problems', { method: 'POST', body: form });
    message.textContent = `Stored ${summary.name}: ${number(summary.teachers)} teachers`
      + (summary.warnings.length ? `, ${summary.warnings.length} warnings` : ', no warnings');
    await loadProblems(summary.id);
  } catch (error) {
    message.textContent = error.message;
    const issues = (error.body && error.body.errors) || [];
    table.tBodies[0].replaceChildren(...issues.map((i) => row([i.file, i.line, i.field, i.reason])));
    table.hidden = issues.length === 0;
  } finally {
    // the next upload starts from a fresh choice of files
    $('upload-input').value = '';
  }
}

// ---- plans and solving ----------------------------------------------------------------------------------

async function loadPlans() {
  const plans = await api(`/api/problems/${state.problemId}/plans`);
  $('plan-select').replaceChildren(...plans.map((p) => option(p.id,
    `${p.createdAt.replace('T', ' ').slice(0, 16)} · ${p.status} · ${p.bestScore || 'no score yet'}`)));
  if (state.planId && plans.some((p) => p.id === state.planId)) {
    $('plan-select').value = state.planId;
  }
  return plans;
}

async function solve() {
  const seconds = Math.max(1, parseInt($('time-limit').value, 10) || 60);
  try {
    const plan = await api(`/api/problems/${state.problemId}/solve?timeLimit=PT${seconds}S`, { method: 'POST' });
    state.planId = plan.id;
    await loadPlans();
    clearViews();
    showSummary(plan);
    follow(plan.id);
  } catch (error) {
    $('upload-message').textContent = error.message;
  }
}

async function stop() {
  if (state.planId) {
    $('stop-button').disabled = true;
    await api(`/api/plans/${state.planId}/stop`, { method: 'POST' });
  }
}

async function resume() {
  const seconds = Math.max(1, parseInt($('time-limit').value, 10) || 60);
  const plan = await api(`/api/plans/${state.planId}/resume?timeLimit=PT${seconds}S`, { method: 'POST' });
  showSummary(plan);
  follow(plan.id);
}

async function showPlan(planId) {
  state.planId = planId;
  $('plan-select').value = planId;
  const details = await api(`/api/plans/${planId}`);
  state.lastPlanFetch = Date.now();
  showSummary(details);
  if (details.plan) {
    showReport(details.plan);
  } else {
    clearViews();
  }
  showVersion(details).catch((error) => { $('version-chain').textContent = error.message; });
  if (details.status === 'QUEUED' || details.status === 'SOLVING') {
    follow(planId);
  } else if (state.events) {
    state.events.close();
  }
}

/** Follows a running plan: every best score as it comes, the plan views now and then, everything at the end. */
function follow(planId) {
  if (state.events) {
    state.events.close();
  }
  const events = new EventSource(`/api/plans/${planId}/events`);
  state.events = events;
  events.addEventListener('best', (message) => {
    const best = JSON.parse(message.data);
    if (best.planId !== state.planId) {
      return;
    }
    $('best-score').textContent = best.score;
    $('solve-seconds').textContent = `${best.seconds.toFixed(1)} s`;
    if (best.kpis) {
      showKpis(best.kpis);
    }
    if (Date.now() - state.lastPlanFetch > 10000) {
      state.lastPlanFetch = Date.now();
      api(`/api/plans/${planId}`).then((d) => d.plan && d.id === state.planId && showReport(d.plan));
    }
  });
  events.addEventListener('status', async (message) => {
    const summary = JSON.parse(message.data);
    if (summary.id !== state.planId) {
      return;
    }
    showSummary(summary);
    if (summary.status !== 'QUEUED' && summary.status !== 'SOLVING') {
      events.close();
      await loadPlans();
      await showPlan(summary.id);
    }
  });
}

function showSummary(plan) {
  const status = $('plan-status');
  status.textContent = plan.status + (plan.error ? `: ${plan.error}` : '');
  status.className = `status ${plan.status}`;
  $('best-score').textContent = plan.bestScore || '–';
  const active = plan.status === 'QUEUED' || plan.status === 'SOLVING';
  $('stop-button').disabled = !active;
  $('resume-button').hidden = active || plan.status === 'DONE' && !plan.bestScore;
  showKpis(plan.kpis);
  const hasPlan = !!plan.bestScore;
  for (const [id, format] of [['download-csv', 'csv'], ['download-json', 'json']]) {
    const link = $(id);
    link.href = hasPlan ? `/api/plans/${plan.id}/export?format=${format}` : '#';
    link.classList.toggle('disabled', !hasPlan);
  }
}

function showKpis(kpis) {
  const k = kpis || {};
  const currency = state.problem ? state.problem.programme.currency : '';
  $('kpi-placed').textContent = number(k.teachersPlaced);
  $('kpi-unplaced').textContent = number(k.teachersUnplaced);
  $('kpi-cohorts').textContent = number(k.cohortsUsed);
  $('kpi-cost').textContent = k.totalCost == null ? '–' : `${number(k.totalCost)} ${currency}`;
  $('kpi-completion').textContent = k.completionDate || '–';
  $('kpi-trainers').textContent = number(k.trainersUsed);
  $('kpi-utilisation').textContent = k.trainerUtilisation == null ? '–' : `${Math.round(k.trainerUtilisation * 100)} %`;
  $('kpi-travel').textContent = k.meanTravelMinutes == null ? '–'
    : `${Math.round(k.meanTravelMinutes)} / ${k.maxTravelMinutes} min`;
}

function clearPlan() {
  state.planId = null;
  if (state.events) {
    state.events.close();
  }
  showSummary({ status: 'no plan', kpis: null });
  $('plan-status').className = 'status';
  $('resume-button').hidden = true;
  $('replan-button').disabled = true;
  $('version-chain').textContent = 'Pick a plan to re-plan it.';
  $('replan-result').hidden = true;
  clearViews();
}

function clearViews() {
  state.plan = null;
  $('no-plan').hidden = false;
  for (const id of ['trainer-timeline', 'venue-timeline', 'map', 'legend']) {
    $(id).replaceChildren();
  }
  for (const id of ['cohort-table', 'unplaced-reasons', 'unplaced-table', 'violation-table', 'delivery-table',
    'print-table']) {
    $(id).tBodies[0].replaceChildren();
  }
  $('unplaced-count').textContent = '';
  $('violation-count').textContent = '';
  $('delivery-count').textContent = '';
}

// ---- plan views -----------------------------------------------------------------------------------------

function showReport(report) {
  state.plan = report;
  $('no-plan').hidden = true;
  fillIds('cohort-ids', report.cohorts);
  fillIds('delivery-ids', report.deliveries);
  const tracks = [...new Set(state.problem.courses.map((c) => c.track))].sort();
  const colour = (track) => TRACK_COLOURS[Math.max(0, tracks.indexOf(track)) % TRACK_COLOURS.length];
  $('legend').replaceChildren(...tracks.map((t) => {
    const span = document.createElement('span');
    span.textContent = t;
    span.style.setProperty('--swatch', colour(t));
    return span;
  }));
  const trainerNames = byId(state.problem.trainers);
  const venueNames = byId(state.problem.venues);
  $('trainer-timeline').replaceChildren(timeline(report.cohorts, 'trainerId',
    (id) => `${id} ${trainerNames[id] ? trainerNames[id].name : ''}`, colour));
  $('venue-timeline').replaceChildren(timeline(report.cohorts, 'venueId',
    (id) => `${id} ${venueNames[id] ? venueNames[id].name : ''}`, colour));
  $('map').replaceChildren(map(report));
  cohortTable(report);
  unplacedTables(report);
  violationTable(report);
  deliveryTables(report);
}

/** One row per trainer (or venue), each cohort a bar per block of consecutive days, coloured by track. */
function timeline(cohorts, key, label, colour) {
  const rows = [...new Set(cohorts.map((c) => c[key]).filter((id) => id))].sort();
  const days = cohorts.flatMap((c) => c.days).map(toDay);
  const svg = element('svg', { class: 'timeline-svg' });
  if (!days.length) {
    return svg;
  }
  const first = new Date(Math.min(...days));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const last = Math.max(...days);
  const labelWidth = 230;
  const pxPerDay = 3;
  const rowHeight = 20;
  const top = 22;
  const width = labelWidth + Math.ceil((last - start) / DAY_MS + 31) * pxPerDay;
  const height = top + rows.length * rowHeight + 4;
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  const x = (day) => labelWidth + ((day - start) / DAY_MS) * pxPerDay;
  rows.forEach((id, i) => {
    if (i % 2 === 0) {
      svg.append(element('rect', { class: 'row-band', x: 0, y: top + i * rowHeight, width, height: rowHeight }));
    }
    svg.append(text(label(id), 4, top + i * rowHeight + 14));
  });
  for (let month = new Date(start); month.getTime() <= last; month.setUTCMonth(month.getUTCMonth() + 1)) {
    const mx = x(month.getTime());
    svg.append(element('line', { class: 'month', x1: mx, x2: mx, y1: 0, y2: height }));
    svg.append(text(month.toISOString().slice(0, 7), mx + 3, 14));
  }
  const rowOf = Object.fromEntries(rows.map((id, i) => [id, i]));
  for (const cohort of cohorts) {
    if (cohort[key] == null) {
      continue;
    }
    for (const block of blocks(cohort.days.map(toDay))) {
      const bar = element('rect', {
        class: 'bar', 'data-cohort': cohort.id, fill: colour(cohort.track),
        x: x(block[0]), y: top + rowOf[cohort[key]] * rowHeight + 3,
        width: Math.max(pxPerDay, (block[1] - block[0]) / DAY_MS * pxPerDay + pxPerDay), height: rowHeight - 6,
      });
      const title = element('title', {});
      title.textContent = `${cohort.id}: ${cohort.track} in ${cohort.language}, ${cohort.teacherIds.length} teachers, `
        + `trainer ${cohort.trainerId}, venue ${cohort.venueId}, ${cohort.days[0]} to ${cohort.days[cohort.days.length - 1]}`;
      bar.append(title);
      svg.append(bar);
    }
  }
  return svg;
}

/** Days split where more than a weekend lies between two of them: [[first, last], ...]. */
function blocks(days) {
  const sorted = [...days].sort((a, b) => a - b);
  const result = [];
  for (const day of sorted) {
    const current = result[result.length - 1];
    if (current && day - current[1] <= 3 * DAY_MS) {
      current[1] = day;
    } else {
      result.push([day, day]);
    }
  }
  return result;
}

/** Districts where their coordinates put them, roads between them, and each venue with the teachers it trains. */
function map(report) {
  const districts = state.problem.districts;
  const width = 1000;
  const height = 640;
  const svg = element('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
  if (!districts.length) {
    return svg;
  }
  const meanLat = districts.reduce((sum, d) => sum + d.latitude, 0) / districts.length;
  const kx = Math.cos(meanLat * Math.PI / 180);
  const xs = districts.map((d) => d.longitude * kx);
  const ys = districts.map((d) => d.latitude);
  const pad = 70;
  const spanX = Math.max(...xs) - Math.min(...xs) || 1;
  const spanY = Math.max(...ys) - Math.min(...ys) || 1;
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const position = {};
  for (const d of districts) {
    position[d.id] = [pad + (d.longitude * kx - Math.min(...xs)) * scale,
      height - pad - (d.latitude - Math.min(...ys)) * scale];
  }
  for (const road of state.problem.travel || []) {
    const a = position[road.fromDistrictId];
    const b = position[road.toDistrictId];
    if (a && b) {
      svg.append(element('line', { class: 'road', x1: a[0], y1: a[1], x2: b[0], y2: b[1] }));
    }
  }
  const trained = {};
  for (const cohort of report.cohorts) {
    if (cohort.venueId) {
      trained[cohort.venueId] = (trained[cohort.venueId] || 0) + cohort.teacherIds.length;
    }
  }
  const venuesByDistrict = {};
  for (const venue of state.problem.venues) {
    (venuesByDistrict[venue.districtId] = venuesByDistrict[venue.districtId] || []).push(venue);
  }
  const largest = Math.max(1, ...Object.values(trained));
  const names = []; // drawn last, above every marker
  for (const d of districts) {
    const [cx, cy] = position[d.id];
    const venues = venuesByDistrict[d.id] || [];
    const total = venues.reduce((sum, v) => sum + (trained[v.id] || 0), 0);
    svg.append(element('circle', { class: 'district', cx, cy, r: 5 }));
    const name = text(`${d.name} (${number(total)})`, cx + 8, cy - 8);
    name.setAttribute('data-district', d.id);
    name.setAttribute('class', 'district-name');
    names.push(name);
    venues.forEach((venue, i) => {
      const angle = (2 * Math.PI * i) / Math.max(venues.length, 1) + Math.PI / 2;
      const vx = cx + (venues.length > 1 ? 16 * Math.cos(angle) : 0);
      const vy = cy + (venues.length > 1 ? 16 * Math.sin(angle) : 16);
      const count = trained[venue.id] || 0;
      const r = count ? 4 + 10 * Math.sqrt(count / largest) : 3;
      const marker = element('circle', {
        class: count ? 'venue' : 'venue idle', cx: vx, cy: vy, r, 'data-venue': venue.id,
        fill: count ? 'rgba(28, 111, 181, .55)' : '#fff',
      });
      const title = element('title', {});
      title.textContent = `${venue.id} ${venue.name}: ${number(count)} teachers trained, ${venue.seats} seats`;
      marker.append(title);
      svg.append(marker);
      if (count) {
        const label = text(number(count), vx + r + 2, vy + 4);
        label.setAttribute('class', 'count');
        svg.append(label);
      }
    });
  }
  svg.append(...names);
  return svg;
}

function cohortTable(report) {
  const trainers = byId(state.problem.trainers);
  const venues = byId(state.problem.venues);
  const districts = byId(state.problem.districts);
  const rows = [...report.cohorts].sort((a, b) => (a.days[0] || '').localeCompare(b.days[0] || '')
    || a.id.localeCompare(b.id)).map((c) => {
    const roster = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `${c.teacherIds.length} teachers`;
    const ids = document.createElement('div');
    ids.className = 'roster';
    ids.textContent = c.teacherIds.join(', ');
    roster.append(summary, ids);
    const tr = row([c.id, c.track, c.language, districts[c.districtId] ? districts[c.districtId].name : c.districtId,
      c.trainerId ? `${c.trainerId} ${trainers[c.trainerId] ? trainers[c.trainerId].name : ''}` : '–',
      c.venueId ? `${c.venueId} ${venues[c.venueId] ? venues[c.venueId].name : ''}` : '–',
      c.days.length ? `${c.days[0]} to ${c.days[c.days.length - 1]} (${c.days.length} days)` : '–', roster]);
    tr.dataset.search = [c.id, c.trainerId, c.venueId, c.districtId, ...c.teacherIds].join(' ').toLowerCase();
    return tr;
  });
  $('cohort-table').tBodies[0].replaceChildren(...rows);
  filterCohorts();
}

function filterCohorts() {
  const wanted = $('cohort-filter').value.trim().toLowerCase();
  for (const tr of $('cohort-table').tBodies[0].rows) {
    tr.hidden = wanted !== '' && !tr.dataset.search.includes(wanted);
  }
}

function unplacedTables(report) {
  const teachers = byId(state.problem.teachers);
  const counts = {};
  for (const u of report.unplaced) {
    counts[u.reason] = (counts[u.reason] || 0) + 1;
  }
  $('unplaced-reasons').tBodies[0].replaceChildren(...Object.entries(counts).sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => row([reason, number(count)])));
  $('unplaced-table').tBodies[0].replaceChildren(...report.unplaced.map((u) => {
    const t = teachers[u.teacherId] || {};
    return row([u.teacherId, t.schoolId, t.track, t.language, u.reason]);
  }));
  $('unplaced-count').textContent = report.unplaced.length ? `(${number(report.unplaced.length)})` : '';
}

function violationTable(report) {
  $('violation-table').tBodies[0].replaceChildren(...report.violations.map((v) => {
    const matches = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `${v.matches.length} shown`;
    const list = document.createElement('ul');
    list.replaceChildren(...v.matches.map((m) => {
      const li = document.createElement('li');
      li.textContent = m;
      return li;
    }));
    matches.append(summary, list);
    const tr = row([v.constraint, v.level, v.score, number(v.matchCount), matches]);
    tr.cells[1].className = `level-${v.level}`;
    return tr;
  }));
  const broken = report.violations.filter((v) => v.level !== 'soft').length;
  $('violation-count').textContent = broken ? `(${broken} broken)` : '';
}

/** Truck trips from print houses to district hubs, and what each house prints each week. */
function deliveryTables(report) {
  const deliveries = report.deliveries || [];
  const batches = report.printBatches || [];
  const districts = byId(state.problem.districts);
  const houses = byId(state.problem.printHouses);
  const kits = (counts) => counts.map((k) => `${k.count} ${k.track} ${k.language}`).join(', ');
  const house = (id) => (houses[id] ? `${id} ${houses[id].name}` : id);
  $('no-deliveries').hidden = deliveries.length > 0 || batches.length > 0;
  $('delivery-table').hidden = deliveries.length === 0;
  $('print-table').hidden = batches.length === 0;
  $('delivery-table').tBodies[0].replaceChildren(...deliveries.map((d) => {
    const tr = row([d.id, d.vehicleId, house(d.printHouseId), d.departure, d.returnDate, number(Math.round(d.km)),
      number(d.cost), d.stops.map((stop) => `${districts[stop.districtId] ? districts[stop.districtId].name
        : stop.districtId} (${stop.arrival}: ${kits(stop.kits)})`).join('; ')]);
    tr.cells[5].className = 'num';
    tr.cells[6].className = 'num';
    return tr;
  }));
  $('print-table').tBodies[0].replaceChildren(...batches.map((b) => row([house(b.printHouseId), b.week,
    kits(b.kits)])));
  $('delivery-count').textContent = deliveries.length ? `(${number(deliveries.length)})` : '';
}

// ---- re-planning ----------------------------------------------------------------------------------------

// The fields of each disruption type, as the disruptions JSON names them: [field, label, input type, datalist].
const DISRUPTION_FIELDS = {
  TRAINER_UNAVAILABLE: [['trainerId', 'Trainer', 'text', 'trainer-ids'], ['from', 'From', 'date'], ['to', 'To', 'date']],
  VENUE_CLOSED: [['venueId', 'Venue', 'text', 'venue-ids'], ['from', 'From', 'date'], ['to', 'To', 'date']],
  DISTRICT_CLOSED: [['districtId', 'District', 'text', 'district-ids'], ['from', 'From', 'date'], ['to', 'To', 'date']],
  DELIVERY_DELAYED: [['deliveryId', 'Truck trip', 'text', 'delivery-ids'], ['days', 'Days', 'number']],
  PRINT_BATCH_DELAYED: [['batchId', 'Print batch', 'text'], ['days', 'Days', 'number']],
  TEACHERS_WITHDRAWN: [['teacherIds', 'Teacher ids, comma-separated', 'text']],
  TEACHERS_ADDED: [['id', 'Teacher id', 'text'], ['schoolId', 'School', 'text', 'school-ids'],
    ['track', 'Track', 'text'], ['language', 'Language', 'text']],
  COHORT_CANCELLED: [['cohortId', 'Cohort', 'text', 'cohort-ids']],
};

function fillIds(datalistId, items) {
  $(datalistId).replaceChildren(...(items || []).map((item) => option(item.id, item.name || '')));
}

function showDisruptionFields() {
  const fields = DISRUPTION_FIELDS[$('disruption-type').value];
  $('disruption-fields').replaceChildren(...fields.map(([name, label, type, list]) => {
    const wrapper = document.createElement('label');
    wrapper.textContent = `${label} `;
    const input = document.createElement('input');
    input.type = type;
    input.name = name;
    if (list) {
      input.setAttribute('list', list);
    }
    wrapper.append(input);
    return wrapper;
  }));
}

/** The disruption in the fields, as the disruptions JSON writes it; a teacher added is one TEACHERS_ADDED. */
function disruptionFromFields() {
  const type = $('disruption-type').value;
  const values = {};
  for (const input of $('disruption-fields').querySelectorAll('input')) {
    values[input.name] = input.value.trim();
  }
  if (type === 'TEACHERS_ADDED') {
    return { type, teachers: [values] };
  }
  if (type === 'TEACHERS_WITHDRAWN') {
    return { type, teacherIds: values.teacherIds.split(',').map((id) => id.trim()).filter((id) => id) };
  }
  const disruption = { type, ...values };
  if ('days' in disruption) {
    disruption.days = Number(disruption.days);
  }
  return disruption;
}

function describe(disruption) {
  const { type, ...fields } = disruption;
  return `${type} ${JSON.stringify(fields)}`;
}

function addDisruption() {
  state.disruptions.push(disruptionFromFields());
  showDisruptionFields();
  showDisruptions();
}

function showDisruptions() {
  $('disruption-list').replaceChildren(...state.disruptions.map((disruption, index) => {
    const item = document.createElement('li');
    item.textContent = describe(disruption);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary';
    remove.textContent = 'Remove';
    remove.addEventListener('click', () => {
      state.disruptions.splice(index, 1);
      showDisruptions();
    });
    item.append(remove);
    return item;
  }));
}

async function replan(event) {
  event.preventDefault();
  const message = $('replan-message');
  const errors = $('disruption-errors');
  errors.hidden = true;
  if (!state.disruptions.length) {
    message.textContent = 'Add at least one disruption first.';
    return;
  }
  const seconds = Math.max(1, Math.min(300, parseInt($('replan-seconds').value, 10) || 30));
  const disruptions = { now: $('replan-now').value, disruptions: state.disruptions };
  message.textContent = `Re-planning (up to ${seconds} s)…`;
  $('replan-button').disabled = true;
  try {
    const result = await api(`/api/plans/${state.planId}/replan?timeLimit=PT${seconds}S`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(disruptions, null, 2),
    });
    message.textContent = `Re-planned: score ${result.plan.bestScore}`
      + (result.plan.feasible ? '' : ' (breaks hard rules: see its violations)');
    state.disruptions = [];
    showDisruptions();
    showChanges(result, result.plan);
  } catch (error) {
    message.textContent = error.message;
    const issues = (error.body && error.body.errors) || [];
    errors.tBodies[0].replaceChildren(...issues.map((i) => row([i.line, i.field, i.reason])));
    errors.hidden = issues.length === 0;
  } finally {
    $('replan-button').disabled = !state.planId;
  }
}

/** What a re-plan changed, and a link to the new version when it is not the plan shown. */
function showChanges(changes, version) {
  $('replan-result').hidden = false;
  const link = $('new-version');
  link.replaceChildren();
  if (version && version.id !== state.planId) {
    link.append('New version: ', versionLink(version, `plan ${version.id.slice(0, 8)} (${version.bestScore})`));
  } else {
    link.textContent = 'What this version changed against the plan it re-plans:';
  }
  const listItems = (lines) => lines.map((line) => {
    const li = document.createElement('li');
    li.textContent = line;
    return li;
  });
  $('change-list').replaceChildren(...(changes.lines.length ? listItems(changes.lines) : listItems(['No changes'])));
  const notify = changes.diff.toNotify;
  const entries = [['Teachers', notify.teacherIds], ['Trainers', notify.trainerIds], ['Venues', notify.venueIds],
    ['Trucks', notify.vehicleIds]];
  $('notify-list').replaceChildren(...entries.flatMap(([label, ids]) => {
    const dt = document.createElement('dt');
    dt.textContent = `${label} (${ids.length})`;
    const dd = document.createElement('dd');
    dd.textContent = ids.length ? ids.join(', ') : '–';
    return [dt, dd];
  }));
  $('conflict-list').replaceChildren(...listItems(changes.conflicts.map((c) => `${c.cohortId}: ${c.reason}`
    + (c.cause ? ` (caused by ${c.cause})` : ''))));
  $('conflict-box').hidden = changes.conflicts.length === 0;
  const alreadyBroken = changes.alreadyBroken || [];
  $('already-broken-list').replaceChildren(...listItems(alreadyBroken));
  $('already-broken-box').hidden = alreadyBroken.length === 0;
  $('not-applied-list').replaceChildren(...listItems(changes.notApplied));
  $('not-applied-box').hidden = changes.notApplied.length === 0;
}

/** A link that opens a plan version, with its problem (each re-plan has its own problem). */
function versionLink(summary, label) {
  const a = document.createElement('a');
  a.href = '#';
  a.textContent = label;
  a.addEventListener('click', async (event) => {
    event.preventDefault();
    state.planId = summary.id;
    await loadProblems(summary.problemId);
    await showPlan(summary.id);
  });
  return a;
}

/** The version chain of the plan shown, oldest first, and what it changed when it is a re-plan. */
async function showVersion(details) {
  $('replan-button').disabled = !details.plan || details.status === 'QUEUED' || details.status === 'SOLVING';
  if (!$('replan-now').value) {
    $('replan-now').value = new Date().toISOString().slice(0, 10);
  }
  const chain = $('version-chain');
  $('replan-result').hidden = true;
  if (!details.parentPlanId) {
    chain.textContent = 'Version 1: solved from scratch.';
    return;
  }
  const ancestors = [];
  let parentId = details.parentPlanId;
  while (parentId && ancestors.length < 20) {
    const parent = await api(`/api/plans/${parentId}`);
    ancestors.unshift(parent);
    parentId = parent.parentPlanId;
  }
  chain.replaceChildren(`Version ${ancestors.length + 1}, re-planned from: `);
  ancestors.forEach((parent, index) => {
    chain.append(index ? ' → ' : '', versionLink(parent, `version ${index + 1} (${parent.bestScore})`));
  });
  chain.append(' → this one');
  const changes = await api(`/api/plans/${details.id}/diff`);
  if (state.planId === details.id) {
    showChanges(changes, null);
  }
}

// ---- helpers --------------------------------------------------------------------------------------------

function toDay(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

function byId(items) {
  return Object.fromEntries((items || []).map((item) => [item.id, item]));
}

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    if (cell instanceof Node) {
      td.append(cell);
    } else {
      td.textContent = cell == null ? '' : String(cell);
    }
    tr.append(td);
  }
  return tr;
}

function element(name, attributes) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    e.setAttribute(key, value);
  }
  return e;
}

function text(content, x, y) {
  const t = element('text', { x, y });
  t.textContent = content;
  return t;
}

/** Shows one of the plan views; the address keeps it (#map, #cohorts...) so that a reload or a link opens it. */
function showView(name) {
  if (!document.querySelector(`.tabs button[data-view='${name}']`)) {
    return;
  }
  history.replaceState(null, '', `#${name}`);
  $('legend').hidden = name !== 'trainers' && name !== 'venues'; // track colours are for the timelines
  for (const tab of document.querySelectorAll('.tabs button')) {
    tab.classList.toggle('active', tab.dataset.view === name);
  }
  for (const view of document.querySelectorAll('.view')) {
    view.hidden = view.id !== `view-${name}`;
  }
}

// ---- wiring ---------------------------------------------------------------------------------------------

$('problem-select').addEventListener('change', (e) => selectProblem(e.target.value));
$('plan-select').addEventListener('change', (e) => showPlan(e.target.value));
$('upload-form').addEventListener('submit', upload);
$('solve-button').addEventListener('click', solve);
$('stop-button').addEventListener('click', stop);
$('resume-button').addEventListener('click', resume);
$('cohort-filter').addEventListener('input', filterCohorts);
$('disruption-type').addEventListener('change', showDisruptionFields);
$('add-disruption').addEventListener('click', addDisruption);
$('replan-form').addEventListener('submit', replan);
showDisruptionFields();
for (const tab of document.querySelectorAll('.tabs button')) {
  tab.addEventListener('click', () => showView(tab.dataset.view));
}
showView(location.hash.slice(1));
loadProblems().catch((error) => { $('problem-summary').textContent = error.message; });
