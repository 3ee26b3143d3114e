import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { EXTENSION_DIR, launch, openExtensionPage, type ExtensionBrowser } from './browser';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  test('has the service worker, popup, options and the content script on the messaging hosts only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBeTruthy();
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui?.page ?? manifest.options_page).toBe('options.html');
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...CONTENT_MATCHES].sort());
  });

  test('asks for storage only, with no host permissions and no external connections', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('the extension in Chromium', () => {
  test('starts its service worker', () => {
    expect(b.extensionId).toMatch(/^[a-p]{32}$/);
    expect(b.worker.url()).toContain('background.js');
  });

  test.each([
    ['popup.html', /Today’s tip/],
    ['options.html', /How closely to read/],
    ['practice.html', /Practice pad/],
  ])('%s renders its content with no page errors', async (path, heading) => {
    const { page, errors } = await openExtensionPage(b, path);
    await expect.poll(() => page.locator('body').innerText()).toMatch(heading);
    await page.close();
    expect(errors).toEqual([]);
  });

  test('the practice pad shows a nudge for a heavy draft and none for a light one', async () => {
    const { page, errors } = await openExtensionPage(b, 'practice.html');
    const draft = page.locator('#draft');
    await draft.click();
    await page.keyboard.type("hey! how's the new job treating you?");
    await expect.poll(() => page.getByTestId('practice-status').innerText()).toMatch(/light/i);
    expect(await page.locator('.kil-card').count()).toBe(0);

    await draft.fill('');
    await page.keyboard.type(
      "I can't stop thinking about what went wrong between us. You never listened to me!!! If you don't answer by tonight I'll know it's over.",
    );
    await expect.poll(() => page.locator('.kil-card').count()).toBe(1);
    const card = await page.locator('.kil-card').innerText();
    expect(card).toMatch(/Try:/);
    expect(await draft.inputValue()).toContain('what went wrong between us');
    await page.close();
    expect(errors).toEqual([]);
  });

  test('no request left the browser', () => {
    expect(b.blocked).toEqual([]);
  });
});
