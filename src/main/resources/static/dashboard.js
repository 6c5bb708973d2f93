// Dashboard of the IoTDA batch-task emulator: plain JavaScript over the emulator's own IoTDA API.
'use strict';

const TASK_TYPES = ['firmwareUpgrade', 'softwareUpgrade', 'moduleUpgrade', 'createDevices', 'deleteDevices',
  'freezeDevices', 'unfreezeDevices', 'createCommands', 'createAsyncCommands', 'createMessages',
  'updateDeviceShadows', 'updateDevices'];
const TASK_STATUSES = ['Initializing', 'Waitting', 'Processing', 'Success', 'Fail', 'PartialSuccess', 'Stopped',
  'Stopping'];
const SUBTASK_STATUSES = ['Waitting', 'Processing', 'Success', 'Fail', 'FailWaitRetry', 'Stopped', 'Removed'];
// Progress bar segments, finished outcomes first: [task_progress field, label].
const SEGMENTS = [['success', 'success'], ['fail', 'fail'], ['stopped', 'stopped'], ['removed', 'removed'],
  ['fail_wait_retry', 'fail, wait retry'], ['processing', 'processing'], ['waitting', 'waitting']];
const REFRESH_MS = 2000;
const LIST_LIMIT = 50;

const $ = (id) => document.getElementById(id);

const state = {
  settings: { project: 'demo', instance: '', token: '', taskType: '', status: '' },
  selected: null, // task id whose subtasks are shown
  detail: { status: '', target: '', limit: 20, markers: [], page: null },
  rows: new Map(), // task id -> table row
  busy: false,
  again: false, // a refresh was asked for while one was running
};

class ApiError extends Error {
  constructor(status, body, requestId) {
    const code = body && body.error_code ? body.error_code : 'HTTP ' + status;
    const msg = body && body.error_msg ? body.error_msg : 'no IoTDA error body';
    super(status + ' ' + code + ': ' + msg + (requestId ? ' (request ' + requestId + ')' : ''));
    this.status = status;
    this.body = body;
  }
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (state.settings.instance) headers['Instance-Id'] = state.settings.instance;
  if (state.settings.token) headers['X-Auth-Token'] = state.settings.token;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (ignored) {
    json = null;
  }
  if (!response.ok) throw new ApiError(response.status, json, response.headers.get('X-Request-Id'));
  return json;
}

function projectPath() {
  return '/v5/iot/' + encodeURIComponent(state.settings.project);
}

function basePath() {
  return projectPath() + '/batchtasks';
}

function query(params) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== '' && value !== null && value !== undefined) q.set(name, value);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

function showError(error) {
  const box = $('error');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  box.textContent = error instanceof ApiError ? error.message : 'Request failed: ' + error;
}

function showNotice(text) {
  const box = $('notice');
  box.hidden = !text;
  box.textContent = text || '';
}

// ---- tasks ----

async function loadTasks() {
  const asked = JSON.stringify(state.settings);
  const types = state.settings.taskType ? [state.settings.taskType] : TASK_TYPES;
  const results = await Promise.allSettled(types.map((type) => api('GET', basePath()
      + query({ task_type: type, status: state.settings.status, limit: LIST_LIMIT }))));
  if (JSON.stringify(state.settings) !== asked) {
    state.again = true; // other settings were chosen meanwhile
    return null;
  }
  const failure = results.find((r) => r.status === 'rejected');
  if (failure && results.every((r) => r.status === 'rejected')) throw failure.reason;
  const tasks = [];
  let count = 0;
  for (const r of results) {
    if (r.status !== 'fulfilled' || !r.value) continue;
    tasks.push(...(r.value.batchtasks || []));
    count += r.value.page && typeof r.value.page.count === 'number' ? r.value.page.count : 0;
  }
  tasks.sort((a, b) => (a.task_id < b.task_id ? 1 : a.task_id > b.task_id ? -1 : 0));
  renderTasks(tasks, count);
  return failure ? failure.reason : null;
}

function renderTasks(tasks, count) {
  const body = document.querySelector('#tasks tbody');
  const seen = new Set();
  tasks.forEach((task, index) => {
    seen.add(task.task_id);
    let row = state.rows.get(task.task_id);
    if (!row) {
      row = createTaskRow(task);
      state.rows.set(task.task_id, row);
    }
    updateTaskRow(row, task);
    if (body.children[index] !== row) body.insertBefore(row, body.children[index] || null);
  });
  for (const [id, row] of state.rows) {
    if (!seen.has(id)) {
      row.remove();
      state.rows.delete(id);
    }
  }
  $('no-tasks').hidden = tasks.length > 0;
  $('task-count').textContent = tasks.length < count ? '(newest ' + tasks.length + ' of ' + count + ')'
      : '(' + tasks.length + ')';
}

function createTaskRow(task) {
  const row = document.createElement('tr');
  row.dataset.taskId = task.task_id;
  row.innerHTML = '<td><a class="task-link"></a><div class="mono muted"></div></td><td class="type"></td>'
      + '<td><span class="status"></span></td>'
      + '<td><div class="bar" data-testid="progress"></div><div class="bar-text"></div></td>'
      + '<td class="created mono"></td><td class="actions"></td>';
  const link = row.querySelector('.task-link');
  link.addEventListener('click', () => selectTask(task.task_id));
  row.querySelector('.mono').textContent = task.task_id;
  const bar = row.querySelector('.bar');
  for (const [field] of SEGMENTS) {
    const segment = document.createElement('span');
    segment.className = 'seg-' + field;
    segment.dataset.status = field;
    segment.style.width = '0%';
    bar.appendChild(segment);
  }
  const actions = row.querySelector('.actions');
  actions.appendChild(actionButton('Stop', 'stop', () => runAction('stop', task.task_id)));
  actions.appendChild(actionButton('Retry', 'retry', () => runAction('retry', task.task_id)));
  if (task.need_confirm) {
    actions.appendChild(actionButton('Confirm', 'confirm', () => runAction('confirm', task.task_id)));
  }
  return row;
}

function actionButton(label, action, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.className = action;
  button.dataset.action = action;
  button.addEventListener('click', onClick);
  return button;
}

function updateTaskRow(row, task) {
  row.querySelector('.task-link').textContent = task.task_name;
  row.querySelector('.type').textContent = task.task_type;
  const status = row.querySelector('.status');
  status.textContent = task.status;
  status.className = 'status ' + task.status;
  row.dataset.status = task.status;
  updateBar(row.querySelector('.bar'), row.querySelector('.bar-text'), task.task_progress || {});
  row.querySelector('.created').textContent = formatTime(task.create_time);
  row.classList.toggle('selected', task.task_id === state.selected);
}

function updateBar(bar, text, progress) {
  const total = progress.total || 0;
  const parts = [];
  for (const [field, label] of SEGMENTS) {
    const n = progress[field] || 0;
    const segment = bar.querySelector('.seg-' + field);
    segment.style.width = total ? (100 * n / total) + '%' : '0%';
    segment.title = label + ': ' + n;
    bar.dataset[camel(field)] = String(n);
    if (n) parts.push(n + ' ' + label);
  }
  bar.dataset.total = String(total);
  bar.title = parts.join(', ') + ' of ' + total;
  text.textContent = (parts.length ? parts.join(' · ') : 'nothing yet') + ' — ' + total + ' in all';
}

function camel(field) {
  return field.replace(/_(.)/g, (m, c) => c.toUpperCase());
}

function formatTime(value) {
  // yyyyMMdd'T'HHmmss'Z' -> yyyy-MM-dd HH:mm:ss UTC
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value || '');
  return m ? m[1] + '-' + m[2] + '-' + m[3] + ' ' + m[4] + ':' + m[5] + ':' + m[6] : value || '';
}

async function runAction(action, taskId, targets) {
  showNotice('');
  try {
    const body = targets ? { targets } : {};
    const answer = await api('POST', basePath() + '/' + encodeURIComponent(taskId) + '/' + action, body);
    const results = (answer && answer.targets) || [];
    if (!targets) {
      showNotice(capitalize(action) + ' of task ' + taskId + ' accepted.');
    } else {
      showNotice(results.map((r) => capitalize(action) + ' ' + r.target + ': ' + r.status
          + (r.error_code ? ' (' + r.error_code + ' ' + r.error_msg + ')' : '')).join('; '));
    }
    showError(null);
  } catch (error) {
    showError(error);
  }
  await refresh();
}

function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---- subtasks of the selected task ----

function selectTask(taskId) {
  state.selected = taskId;
  state.detail.markers = [];
  $('detail').hidden = false;
  for (const [id, row] of state.rows) row.classList.toggle('selected', id === taskId);
  refresh();
}

async function loadDetail() {
  if (!state.selected) return;
  const d = state.detail;
  const marker = d.markers.length ? d.markers[d.markers.length - 1] : '';
  const path = basePath() + '/' + encodeURIComponent(state.selected) + query({
    task_detail_status: d.status, target: d.target, limit: d.limit, marker,
  });
  const first = d.markers.length * d.limit;
  let answer;
  try {
    answer = await api('GET', path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) closeDetail();
    throw error;
  }
  const current = state.selected && basePath() + '/' + encodeURIComponent(state.selected) + query({
    task_detail_status: d.status, target: d.target, limit: d.limit,
    marker: d.markers.length ? d.markers[d.markers.length - 1] : '',
  });
  if (current !== path) {
    // The page, filter or task changed while this answer was on its way: show the new one instead.
    state.again = true;
    return;
  }
  const task = answer.batchtask;
  $('detail-name').textContent = task.task_name;
  $('detail-id').textContent = task.task_id;
  showTaskPackages(task.document);
  const details = answer.task_details || [];
  const count = answer.page && typeof answer.page.count === 'number' ? answer.page.count : details.length;
  d.page = answer.page || null;
  $('detail-page').textContent = details.length
    ? (first + 1) + '–' + (first + details.length) + ' of ' + count : '0 of ' + count;
  $('detail-newer').disabled = d.markers.length === 0;
  $('detail-older').disabled = details.length < d.limit || first + details.length >= count;
  const body = document.querySelector('#subtasks tbody');
  body.replaceChildren(...details.map((detail) => subtaskRow(task.task_id, detail)));
}

function subtaskRow(taskId, detail) {
  const row = document.createElement('tr');
  row.dataset.target = detail.target;
  const cells = [detail.target, null, detail.output || '',
    detail.error ? detail.error.error_code + ' ' + detail.error.error_msg : ''];
  cells.forEach((value, i) => {
    const cell = document.createElement('td');
    if (i === 1) {
      const status = document.createElement('span');
      status.className = 'status ' + detail.status;
      status.textContent = detail.status;
      cell.appendChild(status);
    } else if (i === 0) {
      cell.className = 'mono';
      cell.appendChild(deviceLink(detail.target));
    } else {
      cell.textContent = value;
    }
    row.appendChild(cell);
  });
  const actions = document.createElement('td');
  actions.className = 'actions';
  actions.appendChild(actionButton('Stop', 'stop', () => runAction('stop', taskId, [detail.target])));
  actions.appendChild(actionButton('Retry', 'retry', () => runAction('retry', taskId, [detail.target])));
  row.appendChild(actions);
  return row;
}

function closeDetail() {
  state.selected = null;
  $('detail').hidden = true;
  for (const row of state.rows.values()) row.classList.remove('selected');
}

function showTaskPackages(document) {
  const ids = [];
  if (document && Array.isArray(document.package_ids)) ids.push(...document.package_ids);
  if (document && typeof document.package_id === 'string') ids.push(document.package_id);
  const line = $('detail-packages');
  line.hidden = ids.length === 0;
  const holder = line.querySelector('span');
  holder.replaceChildren();
  ids.forEach((id, i) => {
    if (i) holder.appendChild(window.document.createTextNode(', '));
    holder.appendChild(packageLink(id));
  });
}

// ---- devices and OTA packages ----

function deviceLink(deviceId) {
  const link = document.createElement('a');
  link.className = 'device-link';
  link.dataset.deviceId = deviceId;
  link.textContent = deviceId;
  link.addEventListener('click', () => showDevice(deviceId));
  return link;
}

function packageLink(packageId) {
  const link = document.createElement('a');
  link.className = 'package-link';
  link.dataset.packageId = packageId;
  link.textContent = packageId;
  link.addEventListener('click', () => showPackage(packageId));
  return link;
}

function fillFields(list, record, fields) {
  list.replaceChildren();
  for (const field of fields) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    const term = document.createElement('dt');
    term.textContent = field;
    const description = document.createElement('dd');
    description.dataset.field = field;
    description.textContent = typeof value === 'object' ? JSON.stringify(value) : String(value);
    list.append(term, description);
  }
}

async function showDevice(deviceId) {
  const section = $('device-detail');
  $('device-id').textContent = deviceId;
  section.hidden = false;
  try {
    const device = await api('GET', projectPath() + '/devices/' + encodeURIComponent(deviceId));
    fillFields($('device-fields'), device, ['device_id', 'node_id', 'device_name', 'product_id', 'product_name',
      'status', 'fw_version', 'sw_version', 'node_type', 'gateway_id', 'app_id', 'description', 'create_time']);
    showError(null);
  } catch (error) {
    $('device-fields').replaceChildren();
    showError(error);
  }
  section.scrollIntoView({ block: 'nearest' });
}

async function showPackage(packageId) {
  const section = $('package-detail');
  $('package-id').textContent = packageId;
  section.hidden = false;
  try {
    const found = await api('GET', projectPath() + '/ota-upgrades/packages/' + encodeURIComponent(packageId));
    fillFields($('package-fields'), found, ['package_id', 'package_type', 'product_id', 'version',
      'support_source_versions', 'description', 'app_id', 'create_time']);
    showError(null);
  } catch (error) {
    $('package-fields').replaceChildren();
    showError(error);
  }
  section.scrollIntoView({ block: 'nearest' });
}

async function loadDevices() {
  const answer = await api('GET', projectPath() + '/devices' + query({ limit: LIST_LIMIT }));
  const devices = (answer && answer.devices) || [];
  const body = document.querySelector('#devices tbody');
  body.replaceChildren(...devices.map((device) => {
    const row = document.createElement('tr');
    row.dataset.deviceId = device.device_id;
    row.dataset.status = device.status || '';
    const cells = [null, device.device_name, device.product_id, null, device.fw_version, device.sw_version];
    cells.forEach((value, i) => {
      const cell = document.createElement('td');
      if (i === 0) {
        cell.className = 'mono';
        cell.appendChild(deviceLink(device.device_id));
      } else if (i === 3) {
        const status = document.createElement('span');
        status.className = 'status ' + (device.status || '');
        status.textContent = device.status || '';
        cell.appendChild(status);
      } else {
        cell.textContent = value || '';
        if (i >= 4) cell.className = 'mono version';
      }
      row.appendChild(cell);
    });
    return row;
  }));
  const count = answer && answer.page && typeof answer.page.count === 'number' ? answer.page.count : devices.length;
  $('no-devices').hidden = devices.length > 0;
  $('device-count').textContent = devices.length < count ? '(first ' + devices.length + ' of ' + count + ')'
      : '(' + devices.length + ')';
}

async function loadPackages() {
  const answers = await Promise.all(['firmwarePackage', 'softwarePackage'].map((type) => api('GET',
      projectPath() + '/ota-upgrades/packages' + query({ package_type: type, limit: LIST_LIMIT }))));
  const packages = answers.flatMap((answer) => (answer && answer.packages) || []);
  packages.sort((a, b) => (a.package_id < b.package_id ? 1 : a.package_id > b.package_id ? -1 : 0));
  const body = document.querySelector('#packages tbody');
  body.replaceChildren(...packages.map((found) => {
    const row = document.createElement('tr');
    row.dataset.packageId = found.package_id;
    const cells = [null, found.package_type, found.product_id, found.version, formatTime(found.create_time)];
    cells.forEach((value, i) => {
      const cell = document.createElement('td');
      if (i === 0) {
        cell.className = 'mono';
        cell.appendChild(packageLink(found.package_id));
      } else {
        cell.textContent = value || '';
      }
      row.appendChild(cell);
    });
    return row;
  }));
  $('no-packages').hidden = packages.length > 0;
  $('package-count').textContent = '(' + packages.length + ')';
}

// ---- refresh loop and settings ----

async function refresh() {
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  state.again = false;
  try {
    let error = await loadTasks();
    for (const load of [loadDetail, loadDevices, loadPackages]) {
      try {
        await load();
      } catch (otherError) {
        error = error || otherError;
      }
    }
    showError(error);
    $('last-update').textContent = 'updated ' + new Date().toLocaleTimeString();
  } catch (error) {
    showError(error);
  } finally {
    state.busy = false;
  }
  if (state.again) refresh();
}

function readSettings() {
  const s = state.settings;
  s.project = $('project').value.trim() || 'demo';
  s.instance = $('instance').value.trim();
  s.token = $('token').value.trim();
  s.taskType = $('task-type').value;
  s.status = $('task-status').value;
  const params = new URLSearchParams();
  params.set('project', s.project);
  if (s.instance) params.set('instance', s.instance);
  if (s.taskType) params.set('task_type', s.taskType);
  if (s.status) params.set('status', s.status);
  history.replaceState(null, '', '?' + params.toString());
}

function fillSelect(select, values) {
  for (const value of values) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  }
}

function init() {
  fillSelect($('task-type'), TASK_TYPES);
  fillSelect($('task-status'), TASK_STATUSES);
  fillSelect($('detail-status'), SUBTASK_STATUSES);
  const legend = $('legend');
  for (const [field, label] of SEGMENTS) {
    const item = document.createElement('span');
    item.innerHTML = '<i class="seg-' + field + '"></i>';
    item.appendChild(document.createTextNode(label));
    legend.appendChild(item);
  }
  const params = new URLSearchParams(location.search);
  $('project').value = params.get('project') || 'demo';
  $('instance').value = params.get('instance') || '';
  $('task-type').value = params.get('task_type') || '';
  $('task-status').value = params.get('status') || '';
  readSettings();

  $('settings').addEventListener('submit', (event) => {
    event.preventDefault();
    readSettings();
    closeDetail();
    for (const row of state.rows.values()) row.remove();
    state.rows.clear();
    refresh();
  });
  const detailChanged = () => {
    state.detail.status = $('detail-status').value;
    state.detail.target = $('detail-target').value.trim();
    state.detail.limit = Number($('detail-limit').value);
    state.detail.markers = [];
    refresh();
  };
  $('detail-status').addEventListener('change', detailChanged);
  $('detail-limit').addEventListener('change', detailChanged);
  $('detail-target').addEventListener('change', detailChanged);
  $('detail-older').addEventListener('click', () => {
    if (state.detail.page && state.detail.page.marker) {
      state.detail.markers.push(state.detail.page.marker);
      refresh();
    }
  });
  $('detail-newer').addEventListener('click', () => {
    state.detail.markers.pop();
    refresh();
  });
  $('detail-close').addEventListener('click', closeDetail);
  $('device-close').addEventListener('click', () => {
    $('device-detail').hidden = true;
  });
  $('package-close').addEventListener('click', () => {
    $('package-detail').hidden = true;
  });

  setInterval(() => {
    if ($('live').checked && !document.hidden) refresh();
  }, REFRESH_MS);
  refresh();
}

init();
