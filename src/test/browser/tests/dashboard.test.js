// The dashboard at /: stop a running task with its button and watch its progress bar change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, baseUrl, browserForThisFile, screenshot } from './support.js';

const PROJECT = 'e2e_dashboard';

const newPage = browserForThisFile();

async function createFirmwareUpgrade(name, devices) {
  const targets = Array.from({ length: devices }, (_, i) => name + '-device-' + String(i + 1).padStart(3, '0'));
  const created = await api('POST', '/v5/iot/' + PROJECT + '/batchtasks', {
    task_name: name,
    task_type: 'firmwareUpgrade',
    targets,
    document: { package_ids: ['64a1f0c2d3e4f5a6b7c8d9ff'] },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

function progressOf(page, taskId) {
  return page.locator('tr[data-task-id="' + taskId + '"] [data-testid="progress"]');
}

test('stops a running task with its Stop button and the progress bar shows the stopped subtasks', async () => {
  const task = await createFirmwareUpgrade('e2e_stop_' + Date.now(), 12);
  assert.ok(!['Success', 'Fail', 'PartialSuccess', 'Stopped', 'Stopping'].includes(task.status), task.status);

  const page = await newPage(1280, 800);
  await page.goto(baseUrl + '/?project=' + PROJECT);
  const row = page.locator('tr[data-task-id="' + task.task_id + '"]');
  await row.waitFor({ timeout: 15000 });
  const bar = progressOf(page, task.task_id);
  assert.equal(await bar.getAttribute('data-total'), '12');
  assert.equal(await bar.getAttribute('data-stopped'), '0');
  const stoppedSegment = bar.locator('[data-status="stopped"]');
  assert.equal(await stoppedSegment.evaluate((element) => element.getBoundingClientRect().width), 0);
  await screenshot(page, 'dashboard-before-stop');

  await row.locator('button[data-action="stop"]').click();

  // Every active subtask is now Stopped: the bar's stopped segment fills it (after its transition).
  await page.waitForFunction((id) => {
    const element = document.querySelector('tr[data-task-id="' + id + '"] [data-testid="progress"]');
    return element && element.dataset.stopped !== '0' && element.dataset.stopped === element.dataset.total;
  }, task.task_id, { timeout: 15000 });
  await page.waitForFunction((id) => {
    const segment = document.querySelector('tr[data-task-id="' + id + '"] [data-status="stopped"]');
    const bar = segment.parentElement;
    return segment.getBoundingClientRect().width >= bar.getBoundingClientRect().width - 1;
  }, task.task_id, { timeout: 5000 });
  assert.match(await row.getAttribute('data-status'), /^(Stopping|Stopped)$/);
  assert.match(await page.locator('#notice').innerText(), /Stop of task .* accepted/);
  assert.equal(await page.locator('#error').isHidden(), true);

  // The server agrees with what the page shows.
  const shown = await api('GET', '/v5/iot/' + PROJECT + '/batchtasks/' + task.task_id);
  assert.equal(shown.body.batchtask.task_progress.stopped, 12);
  await screenshot(page, 'dashboard-after-stop');
  await page.close();
});

test('pages through subtasks filtered by status and shows IoTDA errors from the API', async () => {
  const task = await createFirmwareUpgrade('e2e_pages_' + Date.now(), 25);
  const page = await newPage(1280, 900);
  await page.goto(baseUrl + '/?project=' + PROJECT);
  const row = page.locator('tr[data-task-id="' + task.task_id + '"]');
  await row.locator('.task-link').click();

  const subtasks = page.locator('#subtasks tbody tr');
  await page.locator('#detail-limit').selectOption('10');
  await page.waitForFunction(() => document.querySelectorAll('#subtasks tbody tr').length === 10);
  assert.equal(await page.locator('#detail-page').innerText(), '1–10 of 25');
  const firstPage = await subtasks.first().getAttribute('data-target');
  await page.locator('#detail-older').click();
  await page.waitForFunction(() => document.getElementById('detail-page').textContent === '11–20 of 25');
  assert.notEqual(await subtasks.first().getAttribute('data-target'), firstPage);

  // Stop one target from its row, then show only Stopped subtasks.
  const target = await subtasks.first().getAttribute('data-target');
  await subtasks.first().locator('button[data-action="stop"]').click();
  await page.waitForFunction((t) => document.getElementById('notice').textContent.includes('Stop ' + t + ': success'),
    target);
  await page.locator('#detail-status').selectOption('Stopped');
  await page.waitForFunction(() => document.getElementById('detail-page').textContent === '1–1 of 1');
  assert.equal(await subtasks.first().getAttribute('data-target'), target);

  // A command task cannot be stopped: the page shows the IoTDA envelope's code and message.
  const commands = await api('POST', '/v5/iot/' + PROJECT + '/batchtasks', {
    task_name: 'e2e_commands_' + Date.now(), task_type: 'createCommands', targets: ['cmd-device-001'],
    document: { service_id: 'demo', command_name: 'reboot' },
  });
  assert.equal(commands.status, 201, JSON.stringify(commands.body));
  const commandRow = page.locator('tr[data-task-id="' + commands.body.task_id + '"]');
  await commandRow.waitFor({ timeout: 15000 });
  await commandRow.locator('button[data-action="stop"]').click();
  await page.waitForFunction(() => !document.getElementById('error').hidden);
  assert.match(await page.locator('#error').innerText(), /^400 IOTDA\.000006: /);
  await screenshot(page, 'dashboard-subtasks-and-error');
  await page.close();
});

test('a task\'s target opens its device and its package, and the device list shows status and versions', async () => {
  const stamp = String(Date.now());
  const base = '/v5/iot/' + PROJECT;
  const product = await api('POST', base + '/products', {
    product_id: 'e2e-product-' + stamp, name: 'e2e_meter', device_type: 'meter', protocol_type: 'MQTT',
    data_format: 'json', service_capabilities: [{ service_id: 'meter', service_type: 'meter' }],
  });
  assert.equal(product.status, 201, JSON.stringify(product.body));
  const productId = product.body.product_id;
  const device = await api('POST', base + '/devices', { node_id: 'node-' + stamp, product_id: productId });
  assert.equal(device.status, 201, JSON.stringify(device.body));
  const deviceId = device.body.device_id;
  const version = '9.' + stamp.slice(-6);
  const firmware = await api('POST', base + '/ota-upgrades/packages', {
    app_id: 'e2e_app', package_type: 'firmwarePackage', product_id: productId, version,
    file_location: { obs_location: { region_name: 'cn-north-4', bucket_name: 'firmware', object_key: 'e2e.bin' } },
  });
  assert.equal(firmware.status, 201, JSON.stringify(firmware.body));
  const task = await api('POST', base + '/batchtasks', {
    task_name: 'e2e_world_' + stamp, task_type: 'firmwareUpgrade', targets: [deviceId],
    document: { package_ids: [firmware.body.package_id] },
  });
  assert.equal(task.status, 201, JSON.stringify(task.body));

  const page = await newPage(1280, 1000);
  await page.goto(baseUrl + '/?project=' + PROJECT);
  const deviceRow = page.locator('#devices tr[data-device-id="' + deviceId + '"]');
  await deviceRow.waitFor({ timeout: 15000 });
  assert.equal(await deviceRow.getAttribute('data-status'), 'INACTIVE');

  // The task's page: its target opens the device, its package the package.
  await page.locator('tr[data-task-id="' + task.body.task_id + '"] .task-link').click();
  await page.locator('#subtasks a.device-link[data-device-id="' + deviceId + '"]').click();
  await page.waitForFunction(() => document.querySelector('#device-fields dd[data-field="product_id"]'));
  assert.equal(await page.locator('#device-id').innerText(), deviceId);
  assert.equal(await page.locator('#device-fields dd[data-field="product_id"]').innerText(), productId);
  assert.equal(await page.locator('#device-fields dd[data-field="status"]').innerText(), 'INACTIVE');
  await page.locator('#detail-packages a.package-link').click();
  await page.waitForFunction(() => document.querySelector('#package-fields dd[data-field="version"]'));
  assert.equal(await page.locator('#package-fields dd[data-field="version"]').innerText(), version);
  assert.equal(await page.locator('#package-fields dd[data-field="package_type"]').innerText(), 'firmwarePackage');

  // The upgrade succeeds on the emulated clock: the device list shows the package's version.
  for (const seconds of [15, 150]) {
    const advanced = await api('POST', '/_emulator/clock/advance', { seconds });
    assert.equal(advanced.status, 200, JSON.stringify(advanced.body));
  }
  await page.waitForFunction(({ id, v }) => {
    const cell = document.querySelector('#devices tr[data-device-id="' + id + '"] td:nth-child(5)');
    return cell && cell.textContent === v;
  }, { id: deviceId, v: version }, { timeout: 15000 });
  await screenshot(page, 'dashboard-devices-and-packages', true);
  await page.close();
});
