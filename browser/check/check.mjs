// Headless check that Neo4j Browser, as served by neo4j/launcher, accepts browser/style.grass (`:style`),
// runs every favorite on the seeds (run.sh ingests them), colours the graph by the style, captions
// planned and negated facts so, and imports browser/kg-favorites.zip into exactly one "kg" folder.
//
//   npm install                      # playwright-core only; uses Debian's /usr/bin/chromium
//   URL=http://127.0.0.1:7474/browser/ NEO4J_PASSWORD=... node check.mjs
//
// Screenshots go to browser/check/out/. Exits non-zero when a check fails.
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const browserDir = join(here, '..');
const out = join(here, 'out');
mkdirSync(out, { recursive: true });

const url = process.env.URL || 'http://127.0.0.1:7474/browser/';
const bolt = process.env.BOLT || '127.0.0.1:7687';
const password = process.env.NEO4J_PASSWORD || 'kgpassword123';
const grass = readFileSync(join(browserDir, 'style.grass'), 'utf8');

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
const page = await context.newPage();
page.setDefaultTimeout(15000);
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('page error:', e.message, (e.stack || '').split('\n').slice(0, 4).join(' | ')));

// Put text in Browser's (Monaco) editor by pasting it: typing would trigger bracket/quote auto-closing.
async function run(text) {
  const editor = page.locator('textarea[aria-label^="Editor content"]').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
  await page.locator('[data-testid="editor-Run"]').first().click();
  await page.waitForTimeout(1500);
}

// Drop a file on Browser as a user dragging it from the desktop would (.grass -> style, .zip -> favorites).
async function dropFile(path) {
  const b64 = readFileSync(path).toString('base64');
  const name = path.split('/').pop();
  await page.evaluate(({ b64, name }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    const target = document.querySelector('.filedrop') || document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, { b64, name });
  await page.waitForTimeout(2000);
}

async function storedGrass() {
  return JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.grass')) || '{}');
}

try {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-testid="boltaddress"]').waitFor();
  await page.selectOption('[data-testid="bolt-scheme-select"]', 'bolt://');
  await page.fill('[data-testid="boltaddress"]', bolt);
  await page.fill('[data-testid="username"]', 'neo4j');
  await page.fill('[data-testid="password"]', password);
  await page.click('[data-testid="connect"]');
  await page.getByText('You are connected as user', { exact: false }).first().waitFor();
  check(true, 'Browser connected over Bolt with the configured password');
  await page.screenshot({ path: join(out, '1-connected.png') });

  // 1) drag-and-drop of style.grass (what the docs tell users to do)
  await dropFile(join(browserDir, 'style.grass'));
  let g = await storedGrass();
  check(g['node.Person']?.color === '#4C8EDA' && g['relationship.VISITED']?.caption === '{modality}',
        'dropping style.grass onto Browser installs the style');
  await page.screenshot({ path: join(out, '2a-style-dropped.png') });
  // 2) `:style <grass>` in the editor
  await run(':style reset');
  await run(':style ' + grass);
  g = await storedGrass();
  check(g['node.State']?.color === '#DA7194' && !('' in g) && Object.keys(g).length === 22,
        `:style <grass> installs the style (${Object.keys(g).length} rules)`);
  await page.screenshot({ path: join(out, '2b-style-command.png') });

  // Every shipped favorite, on the seeds, with the parameters its `// :param` lines suggest: each
  // must run without an error and return records.
  const files = readdirSync(join(browserDir, 'favorites')).filter((f) => f.endsWith('.cypher')).sort();
  for (const file of files) {
    const text = readFileSync(join(browserDir, 'favorites', file), 'utf8');
    for (const m of text.matchAll(/^\/\/ (:param \w+ => .+)$/gm)) await run(m[1]);
    await run(text);
    const frame = page.locator('[data-testid="frame"]').first();
    const errors = await frame.locator('[data-testid="cypherFrameErrorMessage"], [data-testid="errorBanner"]').count();
    let status = '';
    if (!errors) {  // the table view's status bar counts the records
      await frame.locator('[data-testid="cypherFrameSidebarTable"]').first().click({ timeout: 10000 }).catch(() => {});
      await page.waitForTimeout(500);
      status = (await frame.locator('[data-testid="frameStatusbar"]').first().innerText({ timeout: 5000 }).catch(() => ''))
        .replace(/\s+/g, ' ');
      await frame.locator('[data-testid="cypherFrameSidebarVisualization"]').first().click({ timeout: 5000 }).catch(() => {});
    }
    const records = Number((status.match(/(\d+) records?/) || [])[1] || 0);
    check(errors === 0 && records > 0, `favorite ${file} runs on the seeds: ${errors ? 'ERROR' : status || '(no status)'}`);
    if (file.startsWith('01_')) {
      await page.waitForTimeout(3000); // let the force layout settle
      const fills = await page.$$eval('svg g.node circle.b-outline', (cs) => cs.map((c) => (c.getAttribute('fill') || '').toUpperCase()));
      check(fills.includes('#4C8EDA') && fills.includes('#DA7194') && fills.includes('#57C7E3'),
            `Person, State and City nodes drawn in the style's colours (${[...new Set(fills)].join(' ')})`);
      const nodeText = await page.$$eval('svg g.node text', (ts) => ts.map((t) => t.textContent).join(' '));
      check(nodeText.includes('North Korea'), 'node captions show {name}');
      await page.screenshot({ path: join(out, '3-favorite-graph.png') });
    }
    if (file.startsWith('14_')) {
      await page.waitForTimeout(3000);
      const captions = await page.$$eval('svg g.relationship text', (ts) => ts.map((t) => t.textContent));
      console.log('relationship captions:', [...new Set(captions)].join(' | '));
      check(captions.includes('negated') && captions.includes('planned'),
            'planned and negated facts are captioned so in the graph');
      await page.screenshot({ path: join(out, '3b-planned-negated.png') });
    }
  }

  // Favorites: create the "kg" folder in the drawer (Browser 5.24 files a dropped zip's favorites
  // in one folder but, when none exists, stores an empty duplicate folder record per favorite),
  // then drop the zip onto Browser.
  await page.locator('button[name="Favorites"]').click();
  await page.waitForTimeout(1000);
  await page.locator('[title="New folder"]').first().click();
  const nameBox = page.locator('[data-testid="editSavedScriptFolderName"]').first();
  await nameBox.fill('kg');
  await nameBox.press('Enter');
  await page.waitForTimeout(500);
  await dropFile(join(browserDir, 'kg-favorites.zip'));
  const favs = JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.documents')) || '[]');
  const folders = JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.folders')) || '[]');
  const kgFolders = folders.filter((f) => f.name === 'kg');
  const kgFavs = favs.filter((f) => kgFolders.some((k) => k.id === f.folder));
  console.log(`folders named kg: ${kgFolders.length}; favorites in them: ${kgFavs.length}; all favorites: ${favs.length}`);
  check(kgFolders.length === 1, `exactly one "kg" folder in Browser's local storage (found ${kgFolders.length})`);
  check(kgFavs.length === files.length, `kg-favorites.zip imported as ${files.length} favorites in it (found ${kgFavs.length})`);
  await page.waitForTimeout(1000);
  const folder = page.getByText('kg', { exact: true }).first();
  if (await folder.count()) await folder.click();
  await page.waitForTimeout(1000);
  const drawer = await page.locator('body').innerText();
  check(drawer.includes('Who visited X') && drawer.includes('Planned and negated facts about X'),
        'the Favorites drawer lists them by title');
  await page.screenshot({ path: join(out, '4-favorites.png') });
  // After a reload the favorites are still there, in one "kg" folder.
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  await page.locator('button[name="Favorites"]').click();
  await page.waitForTimeout(1000);
  const kgShown = await page.getByText('kg', { exact: true }).count();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.folders')) || '[]');
  check(kgShown === 1 && stored.filter((f) => f.name === 'kg').length === 1,
        `after a reload: one "kg" folder shown (${kgShown}) and stored`);
  await page.screenshot({ path: join(out, '5-favorites-after-reload.png') });
} catch (err) {
  console.error(err);
  failures.push(String(err));
  await page.screenshot({ path: join(out, 'error.png') }).catch(() => {});
} finally {
  await browser.close();
}
console.log(failures.length ? `${failures.length} check(s) failed` : 'all Browser checks passed');
process.exit(failures.length ? 1 : 0);
