// Headless check that Neo4j Browser, as served by neo4j/launcher, accepts browser/style.grass (`:style`),
// runs a favorite, colours the graph by the style, and imports browser/kg-favorites.zip.
//
//   npm install                      # playwright-core only; uses Debian's /usr/bin/chromium
//   URL=http://127.0.0.1:7474/browser/ NEO4J_PASSWORD=... node check.mjs
//
// Screenshots go to browser/check/out/. Exits non-zero when a check fails.
import { readFileSync, mkdirSync } from 'node:fs';
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
const favorite = readFileSync(join(browserDir, 'favorites', '01_who_visited_x.cypher'), 'utf8');
const param = process.env.PARAM || "'Zembla'";

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
page.setDefaultTimeout(30000);
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
  check(g['node.Person']?.color === '#4C8EDA' && g['relationship.VISITED']?.caption === '<type>',
        'dropping style.grass onto Browser installs the style');
  await page.screenshot({ path: join(out, '2a-style-dropped.png') });
  // 2) `:style <grass>` in the editor
  await run(':style reset');
  await run(':style ' + grass);
  g = await storedGrass();
  check(g['node.State']?.color === '#DA7194' && !('' in g) && Object.keys(g).length === 22,
        `:style <grass> installs the style (${Object.keys(g).length} rules)`);
  await page.screenshot({ path: join(out, '2b-style-command.png') });

  await run(`:param name => ${param}`);
  await run(favorite);
  await page.locator('svg g.node').first().waitFor();
  await page.waitForTimeout(3000); // let the force layout settle
  const fills = await page.$$eval('svg g.node circle.b-outline', (cs) => cs.map((c) => (c.getAttribute('fill') || '').toUpperCase()));
  console.log('node fills:', [...new Set(fills)].join(' '));
  check(fills.includes('#4C8EDA'), 'Person node drawn in the style\'s Person colour');
  check(fills.includes('#DA7194'), 'State node drawn in the style\'s State colour');
  check(fills.includes('#57C7E3'), 'City node drawn in the style\'s City colour');
  const captions = await page.$$eval('svg g.relationship text', (ts) => ts.map((t) => t.textContent));
  console.log('relationship captions:', [...new Set(captions)].join(' '));
  check(captions.includes('VISITED') && captions.includes('LOCATED_IN'), 'relationship captions show the type');
  const nodeText = await page.$$eval('svg g.node text', (ts) => ts.map((t) => t.textContent).join(' '));
  check(nodeText.includes('Bela') && nodeText.includes('Onhava'), 'node captions show {name}');
  await page.screenshot({ path: join(out, '3-favorite-graph.png') });

  // Favorites: drop the zip onto Browser, then look in the Favorites drawer.
  await dropFile(join(browserDir, 'kg-favorites.zip'));
  const favs = JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.documents')) || '[]');
  const folders = JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.folders')) || '[]');
  const kgFolders = new Set(folders.filter((f) => f.name === 'kg').map((f) => f.id));
  const kgFavs = favs.filter((f) => kgFolders.has(f.folder));
  console.log(`folders named kg: ${kgFolders.size}; favorites in them: ${kgFavs.length} (distinct folders used: ${new Set(kgFavs.map((f) => f.folder)).size}); all favorites: ${favs.length}`);
  check(kgFavs.length === 13, `kg-favorites.zip imported as 13 favorites (found ${kgFavs.length})`);
  await page.locator('button[name="Favorites"]').click();
  await page.waitForTimeout(1000);
  const folder = page.getByText('kg', { exact: true }).first();
  if (await folder.count()) await folder.click();
  await page.waitForTimeout(1000);
  const drawer = await page.locator('body').innerText();
  check(drawer.includes('Who visited X') && drawer.includes('How is X connected to Y'), 'the Favorites drawer lists them by title');
  await page.screenshot({ path: join(out, '4-favorites.png') });
  // After a reload the favorites are still there, in one "kg" folder.
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  await page.locator('button[name="Favorites"]').click();
  await page.waitForTimeout(1000);
  const kgShown = await page.getByText('kg', { exact: true }).count();
  check(kgShown === 1, `after a reload the drawer shows one "kg" folder (shown: ${kgShown})`);
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
