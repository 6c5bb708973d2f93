// Swagger UI: run the documented stop example through "Try it out" against the demo task.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, browserForThisFile, screenshot } from './support.js';

const DEMO_TASK = '64a1f0c2d3e4f5a6b7c8d9e0';
const EXAMPLE_TARGET = 'e495cf17-ff79-4294-8f64-4d367919d665';

const newPage = browserForThisFile();

test('runs the documented stop example through Try it out and gets 200', async () => {
  const page = await newPage(1280, 900);
  await page.goto(baseUrl + '/swagger-ui.html');
  const stop = page.locator('#operations-Batch_tasks-StopBatchTask');
  await stop.locator('.opblock-summary').first().click();
  await stop.getByRole('button', { name: 'Try it out' }).click();

  await stop.locator('tr[data-param-name="project_id"] input').fill('demo');
  await stop.locator('tr[data-param-name="task_id"] input').fill(DEMO_TASK);
  // The documented request body: the "targets" example of the operation.
  await stop.locator('.opblock-section-request-body select.examples-select-element').selectOption('targets');
  const body = stop.locator('textarea.body-param__text');
  assert.deepEqual(JSON.parse(await body.inputValue()), { targets: [EXAMPLE_TARGET] });

  await stop.getByRole('button', { name: 'Execute' }).click();
  const status = stop.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  assert.equal((await status.innerText()).trim(), '200');

  const answer = JSON.parse(await stop.locator('.live-responses-table .response-col_description pre').first().innerText());
  assert.equal(answer.targets.length, 1);
  assert.equal(answer.targets[0].target, EXAMPLE_TARGET);
  // success the first time, IOTDA.014220 once that subtask is already stopped: a 200 either way
  assert.ok(['success', 'failure'].includes(answer.targets[0].status));

  // The request (curl) and the live answer in view.
  await stop.locator('.responses-wrapper').first().evaluate((element) => element.scrollIntoView());
  await page.mouse.wheel(0, -250);
  await screenshot(page, 'swagger-ui-stop');
  await page.close();
});
