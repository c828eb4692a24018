// The policy explorer in a real browser (`npm run test:site`): builds the site, serves site-dist/
// from 127.0.0.1 with a tiny server it starts and stops, drives Debian's chromium with
// playwright-core, and checks the roster checker against computeRoster. Ends with
// "site: N passed, N failed" and saves reports/site.png.
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { computeRoster, createPolicy, type MemberInput } from "../../src/index.js";
import { application } from "../../examples/application.js";
import { members, plan } from "../../examples/data.js";
import { buildSite, OUT } from "./build.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES: { readonly [extension: string]: string } = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${ok || detail === "" ? "" : `\n     ${detail}`}`);
}

/** A valid GB 11643 ID number built from 17 digits. */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (weights[index] as number), 0);
  return first17 + ("10X98765432"[sum % 11] as string);
}

interface Row {
  row: number;
  status: string;
  amount: string;
  reason: string;
}

async function tableRows(page: Page): Promise<Row[]> {
  const json = await page.evaluate(
    `JSON.stringify([...document.querySelectorAll("#decisions tbody tr")].map((tr) => ({ row: Number(tr.dataset.row), status: tr.dataset.status, amount: tr.dataset.amount, reason: tr.querySelector("td.reason").innerText })))`,
  );
  return JSON.parse(json as string) as Row[];
}

async function decide(page: Page, year: string, tier: string): Promise<void> {
  await page.fill("#year", year);
  await page.fill("#highest-tier", tier);
  const before = await page.evaluate("document.body.dataset.done ?? ''");
  await page.click("#run");
  await page.waitForFunction(`document.body.dataset.done !== undefined && document.body.dataset.done !== ${JSON.stringify(before)}`, undefined, { timeout: 60_000 });
}

const policy = createPolicy({ highestTier: { 2025: { amount: "6000", source: "核对页面输入" } } });

async function main(): Promise<void> {
  const built = await buildSite();
  console.log(`site: built ${built.pages} pages, app.js ${(built.bundleBytes / 1024).toFixed(1)} kB`);
  const root = resolve(OUT);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname)).replace(/^([/\\])+/, "");
    const file = join(root, path === "" ? "index.html" : path);
    try {
      if (!file.startsWith(root)) throw new Error("outside");
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), "site-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(String(error)));

    // the policy pages
    await page.goto(`${base}/index.html`);
    check("the policy page shows the seed text of opinion/3.3", (await page.locator("#opinion-3-3 .seed").innerText()).includes("最低不少于每人10元"));
    check("the policy page is in Chinese first", (await page.locator("h1").innerText()).includes("政策条款"));
    await page.click("#language");
    check("one click shows it in English", (await page.locator("h1").innerText()).includes("The policy, clause by clause"));
    await page.click("#language");
    await page.goto(`${base}/findings/below_floor.html`);
    check("a finding page gives a real Chinese message", (await page.locator("td .message").first().innerText()).includes("低于每人每年最低"));
    await page.goto(`${base}/calendar.html`);
    check("the calendar marks 2025-09-28 a make-up working day", (await page.locator('td.work[title="2025-09-28"]').count()) === 1);
    check("the calendar marks 2025-10-01 a holiday", (await page.locator('td.off[title="2025-10-01"]').count()) === 1);

    // the example plan and roster
    await page.goto(`${base}/checker.html`);
    await page.click("#example-plan");
    await page.click("#example-roster");
    await page.click("#run");
    check("nothing is decided without the year and the highest tier", (await page.locator("#status").innerText()).includes("补助年度") && (await page.locator("#decisions").count()) === 0);
    await decide(page, "2025", "6000");
    const expected = computeRoster(members, plan, { year: 2025, policy });
    const rows = await tableRows(page);
    const want = expected.decisions.map((decision, index) => ({ row: index + 1, status: decision.status, amount: decision.amount }));
    const got = rows.map(({ row, status, amount }) => ({ row, status, amount }));
    check(`the table equals computeRoster's decisions (${want.length} rows: status, amount, row)`, JSON.stringify(got) === JSON.stringify(want), `got ${JSON.stringify(got)}`);
    check("every refusal shows computeRoster's Chinese reason", expected.decisions.every((decision, index) => decision.findings.every((finding) => rows[index]?.reason.includes(finding.message.zh))));
    check("the totals equal computeRoster's", (await page.locator("#total-amount").innerText()) === expected.totals.amount, `${await page.locator("#total-amount").innerText()} vs ${expected.totals.amount}`);
    check("the plan check is shown", (await page.locator("#plan-verdict").innerText()).includes("合规"));
    await page.locator('#decisions tbody tr[data-row="16"] summary').click();
    const trace = page.locator('#decisions tbody tr[data-row="16"] + tr.trace-row ol.trace li');
    check("a decision's trace is one click away", (await trace.count()) > 3 && (await trace.filter({ hasText: "未通过" }).count()) > 0);
    const download = page.waitForEvent("download");
    await page.click("#download");
    const csv = readFileSync((await (await download).path()) as string, "utf8");
    check("the roster CSV downloads with the granted members", csv.includes("合计金额") && csv.includes(`"=""510411198003137668"""`), csv.slice(0, 600));
    mkdirSync("reports", { recursive: true });
    await page.screenshot({ path: "reports/site.png", fullPage: true });

    // a bad row: its row number and its Chinese reason
    const bad = members.map((member, index) => (index === 2 ? { ...member, id: "510411196606191593" } : member));
    const badExpected = computeRoster(bad as MemberInput[], plan, { year: 2025, policy });
    await page.setInputFiles("#roster-file", { name: "roster.jsonl", mimeType: "application/jsonl", buffer: Buffer.from(bad.map((member) => JSON.stringify(member)).join("\n")) });
    await page.waitForFunction(`document.getElementById("roster-name").innerText.includes("roster.jsonl")`);
    await decide(page, "2025", "6000");
    const badRows = await tableRows(page);
    const third = badRows.find((row) => row.row === 3);
    const reason = badExpected.decisions[2]?.findings[0]?.message.zh ?? "(none)";
    check(`a bad row shows its row number and Chinese reason (row 3: ${reason})`, third !== undefined && third.status === "invalid" && third.reason.includes(reason), JSON.stringify(third));

    // the roster form as CSV, read back
    await page.click("#example-csv");
    await decide(page, "2025", "6000");
    const csvRows = await tableRows(page);
    const granted = expected.decisions.filter((decision) => decision.status === "granted");
    check(`the example roster CSV is read back: ${granted.length} rows granted, amounts as claimed`, csvRows.length === granted.length && csvRows.every((row, index) => row.status === "granted" && row.amount === granted[index]?.amount), JSON.stringify(csvRows.slice(0, 3)));
    check("the CSV rows carry their line in the file", csvRows[0]?.row === 5);

    // an application's roster (annex1/3): each member with the amount claimed
    await page.setInputFiles("#roster-file", { name: "application.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(application)) });
    await page.waitForFunction(`document.getElementById("roster-name").innerText.includes("application.json")`);
    await decide(page, "2025", "6000");
    const claimed = await page.locator("#decisions td.claimed.error").count();
    const appRows = await tableRows(page);
    check(`an application's roster is decided row by row (${appRows.length} rows, every amount as claimed)`, appRows.length === application.roster.length && appRows.every((row) => row.status === "granted") && claimed === 0);

    const overclaimed = { ...application, roster: application.roster.map((row, index) => (index === 1 ? { ...row, amount: "999.00" } : row)) };
    await page.setInputFiles("#roster-file", { name: "overclaimed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(overclaimed)) });
    await page.waitForFunction(`document.getElementById("roster-name").innerText.includes("overclaimed.json")`);
    await decide(page, "2025", "6000");
    check("an amount claimed above the decided one is marked on its row", (await page.locator('#decisions tr[data-row="2"] td.claimed.error').count()) === 1 && (await page.locator("#decisions td.claimed.error").count()) === 1);

    // 5,000 rows without freezing the page
    const many = Array.from({ length: 5000 }, (_, index) => ({
      ...(members[index % 24] as MemberInput),
      id: idNumber(`5104111980${String(index).padStart(7, "0")}`),
    }));
    await page.setInputFiles("#roster-file", { name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(many)) });
    await page.waitForFunction(`document.getElementById("roster-name").innerText.includes("many.json")`);
    await page.evaluate(`window.__gap = 0; window.__last = performance.now(); window.__beat = setInterval(() => { const now = performance.now(); if (now - window.__last > 150) (window.__gaps ??= []).push(Math.round(now - window.__last) + "@" + document.getElementById("status").innerText); window.__gap = Math.max(window.__gap, now - window.__last); window.__last = now; }, 20)`);
    const started = Date.now();
    await decide(page, "2025", "6000");
    const took = Date.now() - started;
    const gap = Number(await page.evaluate("clearInterval(window.__beat), window.__gap"));
    const count = await page.locator("#total-members").innerText();
    const gaps = String(await page.evaluate("JSON.stringify(window.__gaps ?? [])"));
    check(`5,000 rows decided in ${took} ms, the page never blocked longer than ${Math.round(gap)} ms`, count === "5000" && gap < 1000, `${count} rows; pauses over 150 ms: ${gaps}`);
    check("the table shows them 100 to a page", (await page.locator("#decisions tbody tr").count()) === 100 && (await page.locator("#page-number").innerText()).includes("第 1 / 50 页"));
    await page.fill("#go-to-row", "4321");
    await page.press("#go-to-row", "Enter");
    check("going to row 4321 shows it marked", (await page.locator('#decisions tbody tr.marked[data-row="4321"]').count()) === 1 && (await page.locator("#page-number").innerText()).includes("第 44 / 50 页"));

    // from disk
    await page.goto(pathToFileURL(join(root, "checker.html")).href);
    await page.click("#example-plan");
    await page.click("#example-roster");
    await decide(page, "2025", "6000");
    check("the checker works from a file opened from disk", (await page.locator("#decisions tbody tr").count()) === members.length);
    check("no script error in the pages", errors.length === 0, errors.join("\n"));
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  failed++;
  console.error(error);
}
console.log(`site: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
