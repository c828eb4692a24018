"""Replays the shipped conformance fixtures through the command line, the way a Python host calls it.

Each fixture (test/fixtures/*.json) of computeSubsidy, computeRoster, computeRosterStream, checkPlan,
checkApplication, toRosterRows and toRosterCsv is turned into a call of the built command line
(dist/cli.js) with subprocess, its arguments written to temporary files or standard input, and the
output compared with the fixture's `expected` exactly; the exit code is checked against the result.

Run after `npm run build`:  python3 -m unittest discover -s test/clients/python -v
(or `npm run test:clients`). Set CPS_CLI to test another build, NODE to use another node.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CLI = Path(os.environ.get("CPS_CLI", ROOT / "dist" / "cli.js"))
NODE = os.environ.get("NODE", shutil.which("node") or "node")
FIXTURES = sorted((ROOT / "test" / "fixtures").glob("*.json"))
FUNCTIONS = {"computeSubsidy", "computeRoster", "computeRosterStream", "checkPlan", "checkApplication", "toRosterRows", "toRosterCsv"}


def run_cli(args, stdin_text=""):
    """Runs the command line; returns (exit code, stdout, stderr) as text."""
    completed = subprocess.run(
        [NODE, str(CLI), *args],
        input=stdin_text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    return completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8")


def highest_tier_flags(policy):
    """createPolicy's input as --highest-tier YEAR=AMOUNT flags (every fixture gives plain amounts)."""
    flags = []
    for year, amount in policy.get("highestTier", {}).items():
        flags += ["--highest-tier", f"{year}={amount}"]
    return flags


def report_exit(report):
    """The exit code the command line documents for a plan or application report."""
    if any(finding["code"] == "invalid_input" for finding in report["findings"]):
        return 2
    return 0 if report["compliant"] else 1


def decisions_exit(decisions):
    statuses = {decision["status"] for decision in decisions}
    return 2 if "invalid" in statuses else 1 if "denied" in statuses else 0



def as_roster_row(decision, row):
    """computeSubsidy's decision as the command line (a roster) gives it: each finding names its row."""
    findings = [{**finding, "details": {**finding.get("details", {}), "row": row}} for finding in decision["findings"]]
    return {**decision, "findings": findings}

class CliFixtureTest(unittest.TestCase):
    """One test per fixture, so a failure names the case."""

    @classmethod
    def setUpClass(cls):
        if not CLI.is_file():
            raise unittest.SkipTest(f"{CLI} is missing: run `npm run build` first")
        cls.tmp = tempfile.TemporaryDirectory(prefix="cps-python-")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def write(self, name, value):
        path = Path(self.tmp.name) / name
        path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        return str(path)

    def replay(self, fixture):
        function, args, expected = fixture["function"], fixture["arguments"], fixture["expected"]
        if function == "computeSubsidy":
            member, plan, options = args
            extra = (["--trace"] if options.get("trace") else []) + (["--as-of", options["asOf"]] if "asOf" in options else [])
            code, out, err = run_cli(
                ["decide", "--plan", self.write("plan.json", plan), "--year", str(options["year"]), *highest_tier_flags(options["policy"]), *extra],
                json.dumps(member, ensure_ascii=False) + "\n",
            )
            lines = out.splitlines()
            self.assertEqual(len(lines), 1, err)
            self.assertEqual(json.loads(lines[0]), as_roster_row(expected, 1))
            self.assertEqual(code, decisions_exit([expected]), err)
        elif function in ("computeRoster", "computeRosterStream"):
            members, plan, options = args
            roster = "".join(json.dumps(member, ensure_ascii=False) + "\n" for member in members)
            base = ["decide", "--plan", self.write("plan.json", plan), "--year", str(options["year"]), *highest_tier_flags(options["policy"])]
            code, out, err = run_cli([*base, "--format", "json"], roster)
            self.assertEqual(json.loads(out), expected)
            self.assertEqual(code, decisions_exit(expected["decisions"]), err)
            # the default output: one decision per line, in input order
            code, out, err = run_cli(base, roster)
            self.assertEqual([json.loads(line) for line in out.splitlines()], expected["decisions"])
        elif function == "checkPlan":
            plan, options = args
            extra = ["--year", str(options["year"])] if "year" in options else []
            if "asOf" in options:
                extra += ["--as-of", options["asOf"]]
            if "roster" in options:
                extra += ["--roster", self.write("roster.json", options["roster"])]
            if "calendar" in options:
                extra += ["--calendar", self.write("calendar.json", options["calendar"])]
            code, out, err = run_cli(["check-plan", *highest_tier_flags(options["policy"]), *extra, self.write("plan.json", plan)])
            self.assertEqual(json.loads(out), expected)
            self.assertEqual(code, report_exit(expected), err)
        elif function == "checkApplication":
            application, options = args
            code, out, err = run_cli(["check-application", *highest_tier_flags(options["policy"]), "-"], json.dumps(application, ensure_ascii=False))
            self.assertEqual(json.loads(out), expected)
            self.assertEqual(code, report_exit(expected), err)
        elif function == "toRosterRows":
            code, out, err = run_cli(["roster-csv", "--format", "json", self.write("application.json", args[0])])
            self.assertEqual(json.loads(out), expected)
            self.assertEqual(code, 2 if expected["findings"] else 0, err)
        elif function == "toRosterCsv":
            code, out, err = run_cli(["roster-csv", "--from-rows", self.write("rows.json", args[0])])
            self.assertEqual(out, expected)
            self.assertEqual(code, 0, err)
        else:
            self.fail(f"no command line call for {function}")


def _add_fixture_tests():
    for path in FIXTURES:
        fixture = json.loads(path.read_text(encoding="utf-8"))
        if fixture["function"] not in FUNCTIONS:
            continue

        def test(self, fixture=fixture):
            self.replay(fixture)

        test.__doc__ = f"{fixture['name']} ({fixture['function']})"
        setattr(CliFixtureTest, f"test_{fixture['name'].replace('-', '_')}", test)


_add_fixture_tests()


class CliBehaviourTest(unittest.TestCase):
    """What a host branches on besides the fixtures: malformed lines and usage errors."""

    @classmethod
    def setUpClass(cls):
        if not CLI.is_file():
            raise unittest.SkipTest(f"{CLI} is missing: run `npm run build` first")

    def test_malformed_line_is_reported_and_the_rest_decided(self):
        fixture = json.loads((ROOT / "test" / "fixtures" / "roster-decisions.json").read_text(encoding="utf-8"))
        members, plan, _ = fixture["arguments"]
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as plan_file:
            json.dump(plan, plan_file, ensure_ascii=False)
        try:
            roster = json.dumps(members[0], ensure_ascii=False) + "\n{not json\n" + json.dumps(members[1], ensure_ascii=False) + "\n"
            code, out, err = run_cli(["decide", "--plan", plan_file.name, "--year", "2025", "--highest-tier", "2025=3000"], roster)
        finally:
            os.unlink(plan_file.name)
        decisions = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(code, 2)
        self.assertEqual([decisions[0], decisions[2]], fixture["expected"]["decisions"])
        self.assertEqual(decisions[1]["status"], "invalid")
        self.assertTrue(err.startswith("line 2: not valid JSON"), err)

    def test_usage_error_exits_64(self):
        code, out, err = run_cli(["decide", "--year", "2025", "--highest-tier", "2025=3000"])
        self.assertEqual((code, out), (64, ""))
        self.assertIn("--plan is required", err)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print(f"python: {result.testsRun - failed - len(result.skipped)} passed, {failed} failed, {len(result.skipped)} skipped")
    sys.exit(1 if failed else 0)
