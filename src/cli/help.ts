// The command line's help, in Chinese then English. Kept as plain text so a clerk reading a
// terminal and a developer reading the source see the same words.

const EXIT_CODES = `退出码 / Exit codes
  0   全部同意补助；方案或申报合规；花名册无问题
      every member granted; plan or application compliant; roster form without findings
  1   有成员不予补助；方案或申报不合规
      some member denied; plan or application not compliant
  2   有输入无法读取：文件不存在或不是 JSON、某行不是 JSON、某个决定为"无法判定"、报告含 invalid_input
      some input could not be read: a file missing or not JSON, a line not JSON, a decision "invalid",
      an invalid_input finding
  64  命令行用法错误（未知命令或选项、缺少必需选项），未读取任何数据
      usage error (unknown command or option, a required option missing); nothing was read
  70  内部错误（程序缺陷，请报告）/ internal error (a bug: please report it)`;

export const MAIN_HELP = `collective-pension-subsidy — 攀枝花市村集体经济补助城乡居民养老保险参保缴费的规则（命令行）
Panzhihua village-collective pension subsidy rules, as a command line.

用法 / Usage
  collective-pension-subsidy <命令 command> [选项 options] [文件 file | -]

命令 / Commands
  decide             逐人判定花名册，每行输出一个决定 / decide a roster, one decision per line
  check-plan         审查实施方案 / check an implementation plan
  check-application  审查补助申报 / check an application
  roster-csv         生成附件3花名册（CSV）/ write the annex 3 roster form as CSV

  collective-pension-subsidy <命令> --help   查看该命令的说明 / help on one command
  collective-pension-subsidy --version       版本 / package and rules version

输入为 JSON（或 JSON Lines，每行一个），从文件或标准输入（"-" 或不写文件）读取；结果写到标准输出，
错误与进度写到标准错误输出。不会写入任何未由用户指定的文件。
Input is JSON (or JSON Lines), from a file or standard input ("-" or no file); results go to
stdout, errors and progress to stderr. No file is written that you did not name.

最高缴费档次等参数从不猜测：用 --highest-tier 年度=金额 或 --policy 文件 给出。
Figures the library never guesses come from flags or files: --highest-tier YEAR=AMOUNT or --policy FILE.

${EXIT_CODES}
`;

export const DECIDE_HELP = `collective-pension-subsidy decide — 逐人判定花名册 / decide a roster

用法 / Usage
  collective-pension-subsidy decide --plan plan.json --year 2025 --highest-tier 2025=3000 [members.jsonl | -]

  花名册为 JSON Lines（每行一个成员），或一个 JSON 数组（整体读入）。按输入顺序每个成员输出一行决定，
  与库函数 computeRoster 对该行给出的结果完全相同。空行跳过。
  The roster is JSON Lines (one member a line; read line by line, memory stays flat) or a JSON
  array (read whole). One decision per member, in input order, exactly what computeRoster gives
  for that row. Blank lines are skipped.

  不是有效 JSON 的行：按该行文字判定（结果为"无法判定"，invalid_input），并在标准错误输出报告行号，
  其余各行照常判定，退出码为 2。
  A line that is not JSON is decided as its text (status "invalid", invalid_input), reported on
  stderr with its line number ("line 7: not valid JSON, …"); the other lines go on; exit code 2.

选项 / Options
  --plan FILE               实施方案（JSON），必需 / the implementation plan (JSON), required
  --year YYYY               补助年度，必需 / the subsidy year, required
  --highest-tier YYYY=AMT   该年度四川省城乡居保最高缴费档次（元），可重复 / highest tier, repeatable
  --policy FILE             或：createPolicy 的输入（JSON）/ or: createPolicy's input as JSON
  --as-of YYYY-MM-DD        判断暂停执行的日期 / judge suspension on this date
  --trace                   输出判定步骤 / include the decision trace
  --format jsonl|json|table jsonl（默认，每行一个决定）；json（computeRoster 的完整结果，含合计）；
                            table（中文表格，末行合计）
                            jsonl (default, one decision a line); json (computeRoster's whole result,
                            with totals); table (a Chinese table, totals last)
  -h, --help                本说明 / this help

  标准错误输出是终端时显示进度（行数、速度、预计剩余时间），否则不显示。
  When stderr is a terminal a progress line shows rows, rate and ETA; otherwise it stays quiet.

多进程并行 / Running in parallel
  把花名册按行拆成几份（例如 split -n l/4 members.jsonl part-），每份各起一个进程，按顺序拼接输出：
    for p in part-*; do collective-pension-subsidy decide --plan plan.json --year 2025 \\
      --highest-tier 2025=3000 "$p" > "$p.out" & done; wait; cat part-*.out > decisions.jsonl
  注意：重复身份证号（duplicate_member）只在同一进程内识别。拆分前请保证同一人只在一份里
  （例如按身份证号分组拆分），或先用一个进程检查重复。
  Split the roster by lines (e.g. split -n l/4), run one process per part, and concatenate the
  outputs in order. Duplicate-ID detection (duplicate_member) is per process: keep each ID in one
  part (split by ID, not by position) or check duplicates in a single process first.

${EXIT_CODES}
`;

export const CHECK_PLAN_HELP = `collective-pension-subsidy check-plan — 审查实施方案 / check an implementation plan

用法 / Usage
  collective-pension-subsidy check-plan --highest-tier 2025=3000 [--year 2025] [plan.json | -]

  输出 checkPlan 的报告（一行 JSON）。/ Prints checkPlan's report as one line of JSON.

选项 / Options
  --highest-tier YYYY=AMT   最高缴费档次，可重复 / highest tier, repeatable
  --policy FILE             或：createPolicy 的输入（JSON）/ or: createPolicy's input as JSON
  --year YYYY               审查的年度 / the year to check
  --as-of YYYY-MM-DD        判断暂停执行的日期 / judge suspension on this date
  --roster FILE             用于测算资金的成员（JSON 数组或 JSON Lines，整体读入）
                            members to cost the plan (a JSON array or JSON Lines, read whole)
  --calendar FILE           工作日历（JSON，{ source, years }），原样使用，代替内置 2024–2026 日历
                            a working-day calendar (JSON), used as given instead of the built-in one
  -h, --help                本说明 / this help

${EXIT_CODES}
`;

export const CHECK_APPLICATION_HELP = `collective-pension-subsidy check-application — 审查补助申报 / check an application

用法 / Usage
  collective-pension-subsidy check-application --highest-tier 2025=3000 [application.json | -]

  输出 checkApplication 的报告（一行 JSON，含花名册每行的决定）。
  Prints checkApplication's report (with a decision per roster row) as one line of JSON.

选项 / Options
  --highest-tier YYYY=AMT   最高缴费档次，可重复 / highest tier, repeatable
  --policy FILE             或：createPolicy 的输入（JSON）/ or: createPolicy's input as JSON
  -h, --help                本说明 / this help

${EXIT_CODES}
`;

export const ROSTER_CSV_HELP = `collective-pension-subsidy roster-csv — 生成附件3花名册 / write the annex 3 roster form

用法 / Usage
  collective-pension-subsidy roster-csv [application.json | -] > 花名册.csv

  输出 CSV（UTF-8 带 BOM，CRLF 换行，末尾为合计人数与合计金额），Excel 可直接打开。
  有问题的行在标准错误输出用中文列出，退出码为 2。
  Writes the form as CSV (UTF-8 with BOM, CRLF, the footer last); findings go to stderr in
  Chinese and make the exit code 2.

选项 / Options
  --format csv|json         csv（默认）或 toRosterRows 的结果（JSON）/ csv (default) or the rows as JSON
  --from-rows               输入已是 toRosterRows 的结果 / the input is toRosterRows's result already
  -h, --help                本说明 / this help

${EXIT_CODES}
`;
