// Builds the policy explorer (`npm run site`) into site-dist/: static HTML, one stylesheet and the
// roster checker, a production bundle of the library itself (site/app.ts with src/index.ts, by
// esbuild). Chinese first, English one click away. Works from any static server and from disk
// (no request for local data: the examples are embedded in the page).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import MarkdownIt from "markdown-it";
import { policyMapNotes } from "../docs/policyMapNotes.js";
import { notesZh } from "./notesZh.js";
import {
  clauses,
  findingCatalog,
  isWorkingDay,
  officialCalendar,
  PACKAGE_VERSION,
  RULES_VERSION,
  toRosterCsv,
  toRosterRows,
  type ClauseId,
  type FindingCode,
} from "../../src/index.js";
import { application, policy as examplePolicy } from "../../examples/application.js";
import { members, plan } from "../../examples/data.js";
import {
  CLAUSE_IDS,
  FINDING_CODES,
  findingExamples,
  policyDir,
  readings,
  segmentPolicy,
  testFiles,
  testsNaming,
  type Reading,
  type TextSegment,
} from "./sources.js";

export const OUT = "site-dist";
const POLICY_FILE = "panzhihua-2024-implementation-opinion.txt";
const markdown = new MarkdownIt({ html: false, linkify: false });

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** A text in both languages; the page shows one at a time. */
const both = (zh: string, en: string, tag = "span"): string => `<${tag} class="zh" lang="zh-CN">${zh}</${tag}><${tag} class="en" lang="en">${en}</${tag}>`;
const anchor = (id: string): string => id.replace(/[/.]/g, "-");
/** JSON inside a <script type="application/json">: nothing in it can close the element. */
const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

const NAV: readonly [string, string, string][] = [
  ["index.html", "政策条款", "Policy"],
  ["findings.html", "提示代码", "Findings"],
  ["calendar.html", "工作日历", "Calendar"],
  ["checker.html", "花名册核对", "Roster checker"],
];

function page(file: string, title: { zh: string; en: string }, body: string, options: { depth?: number; script?: string } = {}): void {
  const up = "../".repeat(options.depth ?? 0);
  const nav = NAV.map(([href, zh, en]) => `<a href="${up}${href}"${href === file ? ' aria-current="page"' : ""}>${both(zh, en)}</a>`).join("");
  const html = `<!doctype html>
<html lang="zh-CN" data-lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title.zh)} · ${escape(title.en)} — 集体补助政策查询</title>
<link rel="stylesheet" href="${up}site.css">
<script>${LANGUAGE_SCRIPT}</script>
</head>
<body>
<header>
<div class="brand">${both("攀枝花市集体经济补助城乡居保 · 政策与核对", "Panzhihua collective subsidy · policy and roster check")}</div>
<nav>${nav}</nav>
<button type="button" id="language" onclick="toggleLanguage()">${both("English", "中文")}</button>
</header>
<main>
<h1>${both(escape(title.zh), escape(title.en))}</h1>
${body}
</main>
<footer>${both(`规则版本 ${RULES_VERSION}，软件包 ${PACKAGE_VERSION}。所有计算都在本浏览器内完成，数据不会上传。`, `Rules ${RULES_VERSION}, package ${PACKAGE_VERSION}. Everything is computed in this browser; no data leaves it.`)}</footer>
${options.script === undefined ? "" : `<script src="${up}${options.script}"></script>`}
</body>
</html>
`;
  writeFileSync(join(OUT, file), html);
}

/** Sets the language before the page paints; remembered where the browser allows it (not always from disk). */
const LANGUAGE_SCRIPT = `(function(){var l;try{l=localStorage.getItem("site-language")}catch(e){}if(l==="en")document.documentElement.setAttribute("data-lang","en");})();
function toggleLanguage(){var r=document.documentElement,l=r.getAttribute("data-lang")==="en"?"zh":"en";r.setAttribute("data-lang",l);r.setAttribute("lang",l==="en"?"en":"zh-CN");try{localStorage.setItem("site-language",l)}catch(e){}}`;

const CSS = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--accent:#9a1c1c;--ok:#1a7f37;--bad:#b42318;--warn:#9a6700;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink)}
[data-lang=zh] .en,[data-lang=en] .zh{display:none!important}
body{margin:0;line-height:1.6}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.6rem 1.2rem;border-bottom:3px solid var(--accent);background:#fbf7f4}
.brand{font-weight:700}
nav{display:flex;gap:1rem;flex:1}
nav a{color:var(--ink);text-decoration:none;padding:.2rem .4rem;border-radius:4px}
nav a[aria-current]{background:var(--accent);color:#fff}
main{max-width:1180px;margin:0 auto;padding:1rem 1.2rem 3rem}
footer{color:var(--muted);font-size:.85rem;padding:1rem 1.2rem;border-top:1px solid var(--line)}
a{color:#0b5cad}
code{background:#f3f4f6;padding:0 .25em;border-radius:3px;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
.clause{border:1px solid var(--line);border-radius:6px;padding:0 1rem .5rem;margin:1.2rem 0}
.clause h2{font-size:1.15rem}
.seed{background:#fffdf5;border-left:4px solid #d4a72c;padding:.5rem 1rem;white-space:pre-wrap;font-family:"Noto Serif CJK SC","Songti SC",serif}
.seed.other{border-left-color:var(--line);color:var(--muted)}
.message{margin:.2rem 0}
.muted{color:var(--muted)}
.error{color:var(--bad)}.warning{color:var(--warn)}.granted{color:var(--ok)}.denied,.invalid{color:var(--bad)}
.reading{border-top:1px dashed var(--line);margin-top:.5rem}
.months{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:1rem}
.month table{font-size:.8rem;text-align:center}.month td,.month th{text-align:center;padding:.1rem}
td.off{background:#fde2e1;color:var(--bad)}td.work{background:#dafbe1;font-weight:700}td.weekend{background:#f3f4f6;color:var(--muted)}
.legend span{display:inline-block;padding:0 .4rem;margin-right:.5rem}
.legend .off{background:#fde2e1;color:var(--bad)}.legend .work{background:#dafbe1;font-weight:700}.legend .weekend{background:#f3f4f6;color:var(--muted)}
form.inputs{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1rem;border:1px solid var(--line);border-radius:6px;padding:1rem}
form.inputs fieldset{border:none;padding:0;margin:0}
form.inputs label{display:block;font-weight:600;margin-bottom:.2rem}
input[type=number],input[type=text]{font-size:1rem;padding:.2rem .4rem;width:10rem}
button{font-size:1rem;padding:.3rem .8rem;margin:.2rem .2rem .2rem 0;cursor:pointer}
#run{background:var(--accent);color:#fff;border:none;border-radius:4px}
#status{margin:.5rem 0;font-weight:600}
#decisions{table-layout:fixed}
#decisions th:nth-child(1){width:5em}#decisions th:nth-child(2){width:6em}#decisions th:nth-child(3){width:12em}#decisions th:nth-child(4){width:6em}#decisions th:nth-child(5){width:7em}#decisions th:last-child{width:6em}
#decisions td.amount,#decisions td.claimed{text-align:right;font-variant-numeric:tabular-nums}
details summary{cursor:pointer;color:#0b5cad}
.trace{margin:.3rem 0;padding-left:1.2rem;font-size:.85rem}
.trace .failed{color:var(--bad)}.trace .skipped{color:var(--muted)}
.totals td{font-weight:700}
.pager{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center}
tr.marked td{background:#fff8c5}
`;

/** What the library does about a clause: the Chinese where it translates the current note, else the English note. */
function noteHtml(id: ClauseId): string {
  const note = policyMapNotes[id];
  const translation = notesZh[id];
  if (translation === undefined || translation.en !== note.does) {
    staleNotes.push(id);
    return `<p lang="en">${escape(note.does)}</p>`;
  }
  return both(escape(translation.zh), escape(note.does), "p");
}

const staleNotes: ClauseId[] = [];

function seedHtml(segment: TextSegment): string {
  return `<div class="seed${segment.clause === null ? " other" : ""}" lang="zh-CN">${segment.lines.map(escape).join("\n")}</div>`;
}

function readingHtml(reading: Reading): string {
  return `<div class="reading"><h4 lang="en">${escape(reading.title)}</h4><div lang="en">${markdown.render(reading.markdown)}</div></div>`;
}

function exampleHtml(code: FindingCode, examples: ReturnType<typeof findingExamples>): string {
  const example = examples.get(code);
  const entry = findingCatalog[code];
  if (example === undefined) return `<p class="message">${both(escape(entry.zh), escape(entry.en))}</p>`;
  return `<p class="message ${entry.severity}">${both(escape(example.zh), escape(example.en))}</p>`;
}

function buildPolicy(segments: readonly TextSegment[] | undefined, allReadings: readonly Reading[], examples: ReturnType<typeof findingExamples>, tests: ReturnType<typeof testFiles>): void {
  const rows = CLAUSE_IDS.map((id) => {
    const codes = FINDING_CODES.filter((code) => findingCatalog[code].clause === id);
    // in Chinese, the opening of the clause's own text; in English, the index's gloss
    const opening = segments?.find((segment) => segment.clause === id)?.lines.join("") ?? "";
    const zh = opening === "" ? escape(clauses[id].gloss) : escape(opening.length > 60 ? `${opening.slice(0, 60)}……` : opening);
    return `<tr><td><a href="#${anchor(id)}"><code>${id}</code></a></td><td lang="zh-CN">${escape(clauses[id].where)}</td><td>${both(zh, escape(clauses[id].gloss))}</td><td>${codes.length}</td></tr>`;
  }).join("\n");
  const sections: string[] = [];
  const clauseSection = (id: ClauseId): string => {
    const note = policyMapNotes[id];
    const codes = FINDING_CODES.filter((code) => findingCatalog[code].clause === id);
    const clauseTests = tests.filter((test) => test.text.includes(`"${id}"`) || codes.some((code) => test.text.includes(`"${code}"`)));
    const text = segments?.filter((segment) => segment.clause === id).map(seedHtml).join("") ?? `<p class="seed">${escape(clauses[id].where)}</p>`;
    const clauseReadings = allReadings.filter((reading) => reading.clauses.includes(id));
    return `<section class="clause" id="${anchor(id)}">
<h2><code>${id}</code> ${escape(clauses[id].where)}</h2>
${text}
<p class="muted" lang="en">${escape(clauses[id].gloss)}</p>
<h3>${both("本库如何执行", "What the library does")}</h3>
${noteHtml(id)}
<p>${both("函数", "Functions")}：${note.functions.length === 0 ? both("无", "none") : note.functions.map((name) => `<code>${name}</code>`).join("、")}</p>
<h3>${both(`提示代码（${codes.length}）`, `Finding codes (${codes.length})`)}</h3>
${codes.length === 0 ? `<p>${both("无", "none")}</p>` : `<ul>${codes.map((code) => `<li><a href="findings/${code}.html"><code>${code}</code></a> <span class="${findingCatalog[code].severity}">${findingCatalog[code].severity}</span>${exampleHtml(code, examples)}</li>`).join("\n")}</ul>`}
<h3>${both(`解读（${clauseReadings.length}）`, `Readings (${clauseReadings.length})`)}</h3>
${clauseReadings.length === 0 ? `<p>${both("无", "none")}</p>` : clauseReadings.map(readingHtml).join("\n")}
<h3>${both(`测试（${clauseTests.length} 个文件）`, `Tests (${clauseTests.length} files)`)}</h3>
${clauseTests.length === 0 ? `<p>${both("无", "none")}</p>` : `<ul>${clauseTests.map((test) => `<li><code>${test.path}</code></li>`).join("")}</ul>`}
</section>`;
  };
  if (segments === undefined) {
    for (const id of CLAUSE_IDS) sections.push(clauseSection(id));
  } else {
    const shown = new Set<ClauseId>();
    for (const segment of segments) {
      if (segment.clause === null) sections.push(seedHtml(segment));
      else if (!shown.has(segment.clause)) {
        shown.add(segment.clause);
        sections.push(clauseSection(segment.clause));
      }
    }
  }
  const unattached = allReadings.filter((reading) => reading.clauses.length === 0);
  const intro = both(
    "下面是《攀枝花市集体经济补助城乡居民基本养老保险参保缴费试点实施意见》全文，按条款分段。每一条下面写明本软件如何执行该条、哪些函数执行、会给出哪些提示（附真实的中英文提示语）、对条文的解读和验证它的测试。页面由代码、提示目录、解读文档和测试自动生成。",
    "The full text of the Panzhihua implementation opinion, clause by clause. Under each clause: what the library does about it, which functions, which findings it can give (each with a real message in Chinese and English), the readings of the text, and the tests that hold them. Generated from the code, the findings catalogue, docs/interpretations.md and the tests.",
    "p",
  );
  const missing = segments === undefined ? `<p class="warning">${both("构建时未找到政策原文（../shared/policy），下面只列出条款索引。", "The policy's seed text (../shared/policy) was not found at build time; only the clause index is shown.")}</p>` : "";
  page(
    "index.html",
    { zh: "政策条款", en: "The policy, clause by clause" },
    `${intro}${missing}
<table><thead><tr><th>${both("条款", "Clause")}</th><th>${both("位置", "Where")}</th><th>${both("条文开头", "What it rules")}</th><th>${both("提示数", "Findings")}</th></tr></thead><tbody>
${rows}
</tbody></table>
${sections.join("\n")}
${unattached.length === 0 ? "" : `<section class="clause"><h2>${both("其他解读", "Other readings")}</h2>${unattached.map(readingHtml).join("\n")}</section>`}`,
  );
}

function buildFindings(examples: ReturnType<typeof findingExamples>, tests: ReturnType<typeof testFiles>): void {
  mkdirSync(join(OUT, "findings"), { recursive: true });
  const rows = FINDING_CODES.map((code) => {
    const entry = findingCatalog[code];
    return `<tr><td><a href="findings/${code}.html"><code>${code}</code></a></td><td class="${entry.severity}">${entry.severity}</td><td><a href="index.html#${anchor(entry.clause)}"><code>${entry.clause}</code></a></td><td>${exampleHtml(code, examples)}</td></tr>`;
  }).join("\n");
  page(
    "findings.html",
    { zh: "提示代码", en: "Finding codes" },
    `${both("本库可能给出的每一个提示：错误（error）会导致不予补助或不合规，警告（warning）仅作提醒。每条附一条真实提示语（取自一致性测试用例）。", "Every finding the library can give: an error blocks (a denial, a non-compliant plan or application), a warning informs. Each with a real message (from the conformance fixtures).", "p")}
<table><thead><tr><th>${both("代码", "Code")}</th><th>${both("级别", "Severity")}</th><th>${both("条款", "Clause")}</th><th>${both("提示语示例", "Example message")}</th></tr></thead><tbody>
${rows}
</tbody></table>`,
  );
  for (const code of FINDING_CODES) {
    const entry = findingCatalog[code];
    const example = examples.get(code);
    const named = tests.flatMap((test) => testsNaming(test, code).map((name) => ({ path: test.path, name })));
    page(
      `findings/${code}.html`,
      { zh: code, en: code },
      `<table>
<tr><th>${both("级别", "Severity")}</th><td class="${entry.severity}">${entry.severity}</td></tr>
<tr><th>${both("条款", "Clause")}</th><td><a href="../index.html#${anchor(entry.clause)}"><code>${entry.clause}</code></a> ${escape(clauses[entry.clause].where)}</td></tr>
<tr><th>${both("中文模板", "Chinese template")}</th><td lang="zh-CN">${escape(entry.zh)}</td></tr>
<tr><th>${both("英文模板", "English template")}</th><td lang="en">${escape(entry.en)}</td></tr>
<tr><th>${both("实例", "Example")}</th><td>${exampleHtml(code, examples)}${example === undefined ? "" : `<p class="muted">${both("取自用例", "from fixture")} <code>test/fixtures/${example.fixture}.json</code>${example.path === undefined ? "" : `，${both("位置", "path")} <code>${escape(JSON.stringify(example.path))}</code>`}</p>`}</td></tr>
<tr><th>${both("系统应如何处理", "What a host should do")}</th><td lang="en">${escape(entry.action)}</td></tr>
</table>
<h2>${both(`测试（${named.length}）`, `Tests (${named.length})`)}</h2>
${named.length === 0 ? `<p>${both("无", "none")}</p>` : `<ul>${named.map((test) => `<li><code>${test.path}</code>：${escape(test.name)}</li>`).join("\n")}</ul>`}`,
      { depth: 1 },
    );
  }
}

function buildCalendar(): void {
  const years = Object.keys(officialCalendar.years).sort();
  const weekdays = ["一", "二", "三", "四", "五", "六", "日"];
  const blocks = years.map((year) => {
    let working = 0;
    const months = Array.from({ length: 12 }, (_, month) => {
      const days = new Date(Date.UTC(Number(year), month + 1, 0)).getUTCDate();
      const lead = (new Date(Date.UTC(Number(year), month, 1)).getUTCDay() + 6) % 7;
      const cells: string[] = Array.from({ length: lead }, () => "<td></td>");
      for (let day = 1; day <= days; day++) {
        const date = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const result = isWorkingDay(date);
        const weekend = (lead + day - 1) % 7 >= 5;
        const working_ = result.ok && result.value;
        if (working_) working++;
        const kind = working_ ? (weekend ? "work" : "") : weekend ? "weekend" : "off";
        cells.push(`<td class="${kind}" title="${date}">${day}</td>`);
      }
      const rows: string[] = [];
      for (let index = 0; index < cells.length; index += 7) rows.push(`<tr>${cells.slice(index, index + 7).join("")}</tr>`);
      return `<div class="month"><table><caption>${year}年${month + 1}月</caption><thead><tr>${weekdays.map((day) => `<th>${day}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
    });
    return `<h2 id="y${year}">${both(`${year} 年（工作日 ${working} 天）`, `${year} (${working} working days)`)}</h2><div class="months">${months.join("")}</div>`;
  });
  page(
    "calendar.html",
    { zh: "法定工作日历 2024–2026", en: "Official working-day calendar 2024–2026" },
    `${both("公示期「不少于5个工作日」（附件1 一）按国务院办公厅节假日安排计算：周末不是工作日，法定节假日不是工作日，调休上班的周末是工作日。本页由本库的 officialCalendar 和 isWorkingDay 生成。", "Publicity of “at least 5 working days” (annex1/1) is counted on the State Council's holiday notices: weekends and official holidays are off, make-up weekend days are working days. Generated from the library's officialCalendar and isWorkingDay.", "p")}
<p class="muted">${escape(officialCalendar.source)}</p>
<p class="legend"><span class="off">${both("节假日", "holiday")}</span><span class="work">${both("调休上班", "make-up working day")}</span><span class="weekend">${both("周末", "weekend")}</span></p>
${blocks.join("\n")}`,
  );
}

function buildChecker(): void {
  const exampleCsv = toRosterCsv(toRosterRows(application));
  page(
    "checker.html",
    { zh: "花名册核对", en: "Roster checker" },
    `${both("载入实施方案（JSON）和花名册（JSON、JSON Lines，或本库导出的附件3花名册 CSV），填写补助年度和该年度四川省城乡居保最高缴费档次，即可看到方案核查结果和每个人的补助判定及其依据。所有计算都在本浏览器内完成，身份证号码不会离开本机。", "Load a plan (JSON) and a roster (JSON, JSON Lines, or the annex3 roster CSV the library writes), enter the subsidy year and that year's highest Sichuan contribution tier, and see the plan check and every member's decision with its reasons. Everything is computed in this browser: no ID number leaves the machine.", "p")}
<form class="inputs" id="inputs" onsubmit="return false">
<fieldset>
<label for="plan-file">${both("实施方案（JSON）", "Plan (JSON)")}</label>
<input type="file" id="plan-file" accept=".json,application/json">
<div><button type="button" id="example-plan">${both("载入示例方案", "Load example plan")}</button></div>
<div id="plan-name" class="muted"></div>
</fieldset>
<fieldset>
<label for="roster-file">${both("花名册（JSON / JSON Lines / CSV）", "Roster (JSON / JSON Lines / CSV)")}</label>
<input type="file" id="roster-file" accept=".json,.jsonl,.csv,.txt">
<div><button type="button" id="example-roster">${both("载入示例花名册（JSON）", "Load example roster (JSON)")}</button><button type="button" id="example-csv">${both("载入示例花名册（CSV）", "Load example roster (CSV)")}</button></div>
<div id="roster-name" class="muted"></div>
</fieldset>
<fieldset>
<label for="year">${both("补助年度", "Subsidy year")}</label>
<input type="number" id="year" min="2024" max="2199" step="1" placeholder="2025">
<label for="highest-tier">${both("当年四川省城乡居保最高缴费档次（元）", "The year's highest Sichuan contribution tier (yuan)")}</label>
<input type="text" id="highest-tier" inputmode="decimal" placeholder="￥">
<p class="muted">${both("本库不猜测该数额，必须填写。", "The library never guesses it: required.")}</p>
<p class="muted" id="example-hint">${both(`用示例文件核对时：年度 ${application.year}，最高档次 ${examplePolicy.highestTier[String(application.year)]?.value ?? ""} 元（示例数据，不是官方数字）。`, `With the example files: year ${application.year}, highest tier ${examplePolicy.highestTier[String(application.year)]?.value ?? ""} yuan (example data, not an official figure).`)}</p>
</fieldset>
<fieldset>
<button type="button" id="run">${both("开始核对", "Check")}</button>
<div id="status" role="status"></div>
</fieldset>
</form>
<section id="plan-report"></section>
<section id="results"></section>
<script type="application/json" id="example-plan-data">${embedJson(plan)}</script>
<script type="application/json" id="example-roster-data">${embedJson(members)}</script>
<script type="application/json" id="example-csv-data">${embedJson(exampleCsv)}</script>`,
    { script: "app.js" },
  );
}

export async function buildSite(): Promise<{ pages: number; bundleBytes: number }> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "site.css"), CSS.trimStart());
  const dir = policyDir();
  if (dir === undefined) console.warn(`site: ${POLICY_FILE} not found (set POLICY_DIR or keep shared/ beside the clone): the policy page shows the clause index only`);
  const segments = dir === undefined ? undefined : segmentPolicy(readFileSync(join(dir, POLICY_FILE), "utf8"));
  const allReadings = readings(readFileSync("docs/interpretations.md", "utf8"));
  const examples = findingExamples();
  const tests = testFiles();
  staleNotes.length = 0;
  buildPolicy(segments, allReadings, examples, tests);
  if (staleNotes.length > 0) console.warn(`site: no current Chinese for the notes of ${staleNotes.join(", ")} (scripts/site/notesZh.ts): shown in English`);
  buildFindings(examples, tests);
  buildCalendar();
  buildChecker();
  const bundle = await build({
    entryPoints: ["site/app.ts"],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2022"],
    legalComments: "none",
    outfile: join(OUT, "app.js"),
    metafile: true,
    logLevel: "warning",
  });
  const bundleBytes = Object.values(bundle.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { pages: 4 + FINDING_CODES.length, bundleBytes };
}

if (process.argv[1]?.replace(/\\/g, "/").endsWith("scripts/site/build.ts")) {
  const started = Date.now();
  const { pages, bundleBytes } = await buildSite();
  console.log(`site: ${pages} pages and app.js (${(bundleBytes / 1024).toFixed(1)} kB) in ${OUT}/ in ${Date.now() - started} ms`);
}
