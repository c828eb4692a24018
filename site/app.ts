// The roster checker of the policy explorer: runs the library itself in the browser (bundled by
// scripts/site/build.ts). Reads a plan and a roster, decides every member in chunks so that the
// page never freezes, and shows the plan check, each decision with its trace, the totals and the
// roster form as CSV. Nothing is sent anywhere.
import { parse } from "csv-parse/browser/esm/sync";
import {
  checkPlan,
  computeRosterStream,
  createPolicy,
  toRosterCsv,
  toRosterRows,
  type ApplicationInput,
  type Finding,
  type MemberInput,
  type PlanInput,
  type SubsidyDecision,
  type TraceStep,
} from "../src/index.js";

/** Members decided between two yields to the page: as many as fit in a slice of time, within bounds. */
const CHUNK_MIN = 50;
const CHUNK_MAX = 2000;
const SLICE_MS = 40;

interface Roster {
  readonly members: unknown[];
  /** where each member is in the file: array position, line of JSON Lines, or line of the CSV */
  readonly rows: number[];
  /** the amount a roster form claims for the member (CSV only) */
  readonly claimed?: (string | undefined)[];
  readonly kind: "json" | "jsonl" | "csv";
  readonly problems: { zh: string; en: string }[];
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const both = (zh: string, en: string): string => `<span class="zh" lang="zh-CN">${escape(zh)}</span><span class="en" lang="en">${escape(en)}</span>`;
const message = (finding: Finding): string => both(finding.message.zh, finding.message.en);

const STATUS: { readonly [status in SubsidyDecision["status"]]: readonly [string, string] } = {
  granted: ["补助", "granted"],
  denied: ["不予补助", "denied"],
  invalid: ["数据有误", "invalid"],
};

let plan: unknown;
let roster: Roster | undefined;

// ---- reading the files ----

/** The Chinese labels of the member categories as the roster form writes them, read from the library. */
function categoryLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  const organisation = { name: "村", kind: "village", township: "镇", county: "区" } as const;
  for (const category of ["general", "minimum_living_allowance", "extreme_poverty", "returned_to_poverty", "severe_disability", "other_hardship"] as const) {
    const rows = toRosterRows({
      year: 2025,
      organisation,
      roster: [{ member: { id: "510402198001010018", name: "甲", collectiveMember: true, enrolled: true, category, contributions: [] }, amount: 0 }],
    } as unknown as ApplicationInput);
    const label = rows.rows[0]?.人员类别;
    if (label !== undefined && label !== "") labels.set(label, category);
  }
  return labels;
}

/** A cell of the roster form as the data it holds: `="510…"` and the neutralising `'` undone. */
function cellText(cell: string | undefined): string {
  const text = (cell ?? "").trim();
  const formula = /^="(.*)"$/.exec(text);
  if (formula !== null) return formula[1] as string;
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Members from the annex3 roster form (toRosterCsv): the rows between the column labels and the
 * footer (合计人数). Each row is read back as a member of the collective, enrolled, with one regular
 * contribution for its 缴费年度 — what the form states; the library decides the rest.
 */
function readCsv(text: string): Roster {
  const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const problems: Roster["problems"] = [];
  const header = records.findIndex(({ record }) => record[0]?.trim() === "序号" && record.some((cell) => cell.trim() === "公民身份号码"));
  if (header < 0) return { members: [], rows: [], kind: "csv", problems: [{ zh: "没有找到花名册的表头（序号、姓名、公民身份号码……）", en: "No column labels of the roster form (序号, 姓名, 公民身份号码…) were found" }] };
  const columns = (records[header] as { record: string[] }).record.map((cell) => cell.trim());
  const at = (record: string[], label: string): string => cellText(record[columns.indexOf(label)]);
  const labels = categoryLabels();
  const members: unknown[] = [];
  const rows: number[] = [];
  const claimed: (string | undefined)[] = [];
  for (const { record, info } of records.slice(header + 1)) {
    const first = cellText(record[0]);
    if (first === "合计人数") break;
    if (record.every((cell) => cell.trim() === "")) continue;
    const year = at(record, "缴费年度");
    const category = at(record, "人员类别");
    const amount = (label: string): string | number => at(record, label) === "" ? 0 : at(record, label);
    members.push({
      id: at(record, "公民身份号码"),
      name: at(record, "姓名"),
      collectiveMember: true,
      enrolled: true,
      category: labels.get(category) ?? category,
      contributions: year === "" ? [] : [{ period: /^\d+$/.test(year) ? Number(year) : year, kind: "regular", tier: amount("个人缴费档次"), selfPaid: amount("个人缴纳金额"), governmentPaid: amount("政府代缴金额") }],
    });
    rows.push(info.lines);
    claimed.push(at(record, "集体补助金额") || undefined);
  }
  return { members, rows, claimed, kind: "csv", problems };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A roster: a JSON array of members, an application (its `roster`), JSON Lines, or the annex3 CSV. */
function readRoster(text: string): Roster {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith("[")) {
    try {
      const value = JSON.parse(body) as unknown;
      if (Array.isArray(value)) return { members: value, rows: value.map((_, index) => index + 1), kind: "json", problems: [] };
    } catch (error) {
      return { members: [], rows: [], kind: "json", problems: [{ zh: `花名册不是有效的 JSON：${String(error)}`, en: `The roster is not valid JSON: ${String(error)}` }] };
    }
  }
  if (start.startsWith("{")) {
    // an application (annex1/3): its roster rows, each a member with the amount claimed
    const whole = parseJson(body);
    const rosterRows = typeof whole === "object" && whole !== null ? (whole as { roster?: unknown }).roster : undefined;
    if (Array.isArray(rosterRows)) {
      const field = (row: unknown, key: string): unknown => (typeof row === "object" && row !== null ? (row as { [key: string]: unknown })[key] : undefined);
      return {
        members: rosterRows.map((row) => field(row, "member")),
        rows: rosterRows.map((_, index) => index + 1),
        claimed: rosterRows.map((row) => {
          const amount = field(row, "amount");
          return typeof amount === "number" || typeof amount === "string" ? Number(amount).toFixed(2) : undefined;
        }),
        kind: "json",
        problems: [],
      };
    }
    const members: unknown[] = [];
    const rows: number[] = [];
    const problems: Roster["problems"] = [];
    body.split("\n").forEach((raw, index) => {
      const line = raw.trim();
      if (line === "") return;
      try {
        members.push(JSON.parse(line) as unknown);
      } catch {
        // kept as its text: the library decides it `invalid` on its row
        members.push(line);
        problems.push({ zh: `第 ${index + 1} 行不是有效的 JSON，判为数据有误`, en: `Line ${index + 1} is not valid JSON; decided as invalid` });
      }
      rows.push(index + 1);
    });
    return { members, rows, kind: "jsonl", problems };
  }
  return readCsv(body);
}

// ---- showing the results ----

function findingsList(findings: readonly Finding[]): string {
  return findings.length === 0 ? "" : `<ul>${findings.map((finding) => `<li class="${finding.severity}">${message(finding)} <code>${finding.code}</code> <code>${finding.clause}</code></li>`).join("")}</ul>`;
}

function traceHtml(trace: readonly TraceStep[] | undefined): string {
  if (trace === undefined) return "";
  const outcome: { readonly [key: string]: readonly [string, string] } = { passed: ["通过", "passed"], failed: ["未通过", "failed"], skipped: ["未检查", "skipped"] };
  return `<ol class="trace">${trace
    .map((step) => {
      const values = step.values === undefined ? "" : ` <span class="muted">${escape(Object.entries(step.values).map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`).join("，"))}</span>`;
      return `<li class="${step.outcome}">${both(step.label.zh, step.label.en)}：${both(...(outcome[step.outcome] ?? [step.outcome, step.outcome]))} <code>${step.clause}</code>${values}</li>`;
    })
    .join("")}</ol>`;
}

function nameOf(member: unknown): string {
  const name = typeof member === "object" && member !== null ? (member as { name?: unknown }).name : undefined;
  return typeof name === "string" ? name : "";
}

function decisionRow(decision: SubsidyDecision, index: number, current: Roster): HTMLTableRowElement {
  const tr = document.createElement("tr");
  const row = current.rows[index] ?? index + 1;
  const claimed = current.claimed?.[index];
  tr.dataset.row = String(row);
  tr.dataset.status = decision.status;
  tr.dataset.amount = decision.amount;
  tr.className = decision.status;
  const reason = decision.findings.map((finding) => `<div class="${finding.severity}">${message(finding)}</div>`).join("");
  const basis = decision.status !== "granted" ? "" : decision.basis === "hardship" ? both("困难群体", "hardship") : decision.tier === undefined ? "" : both(`档次 ${decision.tier.minTier}${decision.tier.maxTier === undefined ? " 以上" : `–${decision.tier.maxTier}`}`, `tier ${decision.tier.minTier}${decision.tier.maxTier === undefined ? "+" : `–${decision.tier.maxTier}`}`);
  const mismatch = claimed !== undefined && Number(claimed) !== Number(decision.amount);
  tr.innerHTML = `<td class="row">${row}</td><td>${escape(nameOf(current.members[index]))}</td><td><code>${escape(decision.memberId ?? "")}</code></td><td class="status ${decision.status}">${both(...STATUS[decision.status])}</td><td class="amount">${decision.amount}</td>${current.claimed === undefined ? "" : `<td class="claimed${mismatch ? " error" : ""}">${escape(claimed ?? "")}${mismatch ? both("（不符）", " (differs)") : ""}</td>`}<td class="reason">${reason}${basis}</td><td><details><summary>${both("依据", "trace")}</summary></details></td>`;
  // the trace opens in a row of its own under the decision, as wide as the table
  const details = tr.querySelector("details") as HTMLDetailsElement;
  details.addEventListener("toggle", () => {
    const next = tr.nextElementSibling;
    if (next?.classList.contains("trace-row") === true) next.remove();
    if (details.open) tr.insertAdjacentHTML("afterend", `<tr class="trace-row"><td colspan="${tr.childElementCount}">${traceHtml(decision.trace)}</td></tr>`);
  });
  return tr;
}

/** Rows shown at a time. */
const PAGE_SIZE = 100;

interface TableView {
  readonly decisions: readonly SubsidyDecision[];
  readonly roster: Roster;
  readonly page: number;
  readonly refusedOnly: boolean;
  /** the row number to mark */
  readonly mark?: number;
}

/** One page of the decisions, with the pager: page back and forth, refused rows only, go to a row number. */
function showTable(view: TableView): void {
  const shown: number[] = [];
  view.decisions.forEach((decision, index) => {
    if (!view.refusedOnly || decision.status !== "granted") shown.push(index);
  });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(view.page, 0), pages - 1);
  const tbody = $("decisions").querySelector("tbody") as HTMLTableSectionElement;
  const fragment = document.createDocumentFragment();
  for (const index of shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)) {
    const tr = decisionRow(view.decisions[index] as SubsidyDecision, index, view.roster);
    if (view.mark !== undefined && tr.dataset.row === String(view.mark)) tr.classList.add("marked");
    fragment.appendChild(tr);
  }
  tbody.replaceChildren(fragment);
  const pager = $("pager");
  pager.innerHTML = `<button type="button" id="page-previous"${page === 0 ? " disabled" : ""}>${both("上一页", "Previous")}</button>
<span id="page-number">${both(`第 ${page + 1} / ${pages} 页（${shown.length} 行）`, `Page ${page + 1} of ${pages} (${shown.length} rows)`)}</span>
<button type="button" id="page-next"${page >= pages - 1 ? " disabled" : ""}>${both("下一页", "Next")}</button>
<label><input type="checkbox" id="refused-only"${view.refusedOnly ? " checked" : ""}> ${both("只看未获补助的", "Refused only")}</label>
<label>${both("跳到行号", "Go to row")} <input type="number" id="go-to-row" min="1" style="width:6rem"></label>`;
  const again = (change: Partial<TableView>): void => showTable({ ...view, page, ...change });
  ($("page-previous") as HTMLButtonElement).onclick = () => again({ page: page - 1 });
  ($("page-next") as HTMLButtonElement).onclick = () => again({ page: page + 1 });
  ($("refused-only") as HTMLInputElement).onchange = (event) => again({ page: 0, refusedOnly: (event.target as HTMLInputElement).checked });
  ($("go-to-row") as HTMLInputElement).onchange = (event) => {
    const wanted = Number((event.target as HTMLInputElement).value);
    const index = view.decisions.findIndex((_, at) => (view.roster.rows[at] ?? at + 1) === wanted);
    if (index < 0) return;
    const position = view.refusedOnly ? shown.indexOf(index) : index;
    again({ page: Math.floor((position < 0 ? index : position) / PAGE_SIZE), refusedOnly: view.refusedOnly && position >= 0, mark: wanted });
  };
}

function setStatus(zh: string, en: string): void {
  $("status").innerHTML = both(zh, en);
}

function download(csv: string, name: string): string {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  return `<a id="download" href="${url}" download="${escape(name)}">${both("下载花名册 CSV（附件3，仅补助人员）", "Download the roster CSV (annex3, granted members)")}</a>`;
}

let running = 0;

function run(): void {
  const yearText = ($("year") as HTMLInputElement).value.trim();
  const tierText = ($("highest-tier") as HTMLInputElement).value.trim();
  const missing: string[][] = [];
  if (plan === undefined) missing.push(["实施方案", "the plan"]);
  if (roster === undefined) missing.push(["花名册", "the roster"]);
  if (!/^\d{4}$/.test(yearText)) missing.push(["补助年度（四位数字）", "the subsidy year (four digits)"]);
  if (tierText === "") missing.push(["当年最高缴费档次", "the year's highest tier"]);
  if (missing.length > 0 || roster === undefined) {
    setStatus(`请先提供：${missing.map((item) => item[0]).join("、")}`, `Please give ${missing.map((item) => item[1]).join(", ")} first`);
    return;
  }
  const year = Number(yearText);
  const policy = createPolicy({ highestTier: { [yearText]: { amount: tierText, source: "核对页面输入" } } });
  const current = roster;
  const members = current.members as MemberInput[];
  const thePlan = plan as PlanInput;
  const job = ++running;

  // The plan check first without the roster (instant); with it, the funds are costed against
  // every member (checkPlan decides the roster again), done once the table is complete.
  const showPlan = (withRoster: boolean): void => {
    const report = checkPlan(thePlan, { policy, year, ...(withRoster ? { roster: members } : {}) });
    $("plan-report").innerHTML = `<h2>${both("方案核查", "Plan check")}</h2>
<p id="plan-verdict" class="${report.compliant ? "granted" : "error"}" data-roster="${withRoster}">${report.compliant ? both("实施方案合规", "The plan is compliant") : both("实施方案不合规", "The plan is not compliant")}${withRoster ? "" : both("（资金是否足够，待全部判定后核算）", " (funding against the roster: after the decisions)")}</p>
${findingsList(policy.findings)}${findingsList(report.findings)}${current.problems.map((problem) => `<p class="warning">${both(problem.zh, problem.en)}</p>`).join("")}`;
  };
  showPlan(false);

  const rowLabel = current.kind === "csv" ? ["CSV 行号", "CSV line"] : current.kind === "jsonl" ? ["行号", "line"] : ["序号", "row"];
  $("results").innerHTML = `<h2>${both("每个人的判定", "Every member's decision")}</h2>
<div id="pager" class="pager"></div>
<table id="decisions"><thead><tr><th>${both(rowLabel[0] as string, rowLabel[1] as string)}</th><th>${both("姓名", "Name")}</th><th>${both("公民身份号码", "ID number")}</th><th>${both("结果", "Status")}</th><th>${both("补助金额（元）", "Amount (yuan)")}</th>${current.claimed === undefined ? "" : `<th>${both("申报金额（元）", "Claimed (yuan)")}</th>`}<th>${both("原因 / 依据", "Reason / basis")}</th><th>${both("判定过程", "Trace")}</th></tr></thead><tbody></tbody></table>
<div id="totals"></div>`;
  const stream = computeRosterStream(members, thePlan, { year, policy, trace: true });
  const decisions: SubsidyDecision[] = [];
  const granted: { member: unknown; amount: string }[] = [];
  const started = performance.now();
  // Deciding is kept apart from drawing: the table shows one page of rows at a time, so a roster
  // of thousands never puts thousands of rows in the page.
  const step = (): void => {
    if (job !== running) return;
    const until = performance.now() + SLICE_MS;
    for (let count = 0; count < CHUNK_MAX && (count < CHUNK_MIN || performance.now() < until); count++) {
      const next = stream.next();
      if (next.done === true) {
        finish();
        return;
      }
      if (next.value.status === "granted") granted.push({ member: current.members[decisions.length], amount: next.value.amount });
      decisions.push(next.value);
    }
    if (decisions.length <= PAGE_SIZE || $("decisions").querySelector("tbody")?.childElementCount === 0) showTable({ decisions, roster: current, page: 0, refusedOnly: false });
    setStatus(`正在判定：${decisions.length} / ${current.members.length}`, `Deciding: ${decisions.length} / ${current.members.length}`);
    setTimeout(step, 0);
  };
  const finish = (): void => {
    const totals = stream.totals();
    showTable({ decisions, roster: current, page: 0, refusedOnly: false });
    const csv = toRosterCsv(toRosterRows({ id: `${thePlan.id ?? ""}-${year}`, year, organisation: thePlan.organisation, roster: granted } as unknown as ApplicationInput));
    $("totals").innerHTML = `<table class="totals" id="totals-table"><tr><th>${both("合计人数", "Members")}</th><th>${both("补助", "Granted")}</th><th>${both("不予补助", "Denied")}</th><th>${both("数据有误", "Invalid")}</th><th>${both("补助金额合计（元）", "Total amount (yuan)")}</th></tr>
<tr><td id="total-members">${totals.members}</td><td>${totals.granted}</td><td>${totals.denied}</td><td>${totals.invalid}</td><td id="total-amount">${totals.amount}</td></tr></table>
${findingsList(stream.findings)}<p>${download(csv, `花名册-${year}.csv`)}</p>`;
    setStatus(`正在核算方案资金……`, `Costing the plan's funds…`);
    setTimeout(() => {
      if (job !== running) return;
      showPlan(true);
      setStatus(`已完成：${totals.members} 人，用时 ${Math.round(performance.now() - started)} 毫秒`, `Done: ${totals.members} members in ${Math.round(performance.now() - started)} ms`);
      document.body.dataset.done = String(job);
    }, 0);
  };
  delete document.body.dataset.done;
  step();
}

// ---- wiring ----

function loadPlan(text: string, name: string): void {
  try {
    plan = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    $("plan-name").textContent = name;
  } catch (error) {
    plan = undefined;
    $("plan-name").innerHTML = `<span class="error">${both(`不是有效的 JSON：${String(error)}`, `Not valid JSON: ${String(error)}`)}</span>`;
  }
}

function loadRoster(text: string, name: string): void {
  roster = readRoster(text);
  $("roster-name").innerHTML = `${escape(name)}：${both(`${roster.members.length} 人`, `${roster.members.length} members`)}`;
}

/** A file's text: UTF-8, or GB 18030 (what Excel on a Chinese Windows saves a CSV as) when it is not UTF-8. */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function fileInput(id: string, load: (text: string, name: string) => void): void {
  const input = $<HTMLInputElement>(id);
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file !== undefined) void file.arrayBuffer().then((bytes) => load(decodeText(bytes), file.name));
  });
}

function embedded(id: string): string {
  return (document.getElementById(id) as HTMLScriptElement).textContent ?? "";
}

fileInput("plan-file", loadPlan);
fileInput("roster-file", loadRoster);
$("example-plan").addEventListener("click", () => loadPlan(embedded("example-plan-data"), "示例方案 example plan"));
$("example-roster").addEventListener("click", () => loadRoster(embedded("example-roster-data"), "示例花名册 example roster (JSON)"));
$("example-csv").addEventListener("click", () => loadRoster(JSON.parse(embedded("example-csv-data")) as string, "示例花名册 example roster (CSV)"));
$("run").addEventListener("click", run);
