// Replays the shipped conformance fixtures through the command line, the way a Java host calls it:
// ProcessBuilder starts `node dist/cli.js <command> …`, the arguments go in temporary files or on
// standard input, and the output is compared with the fixture's `expected` exactly (a JSON value
// compared as a value: object key order aside, numbers by value). JDK 17, no library: the small
// JSON reader and writer below stand in for the Jackson or Gson a real host would use.
//
// Run after `npm run build` (npm run test:clients does both steps):
//   javac -d <dir> test/clients/java/CliFixtures.java && java -cp <dir> CliFixtures <repository root>

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public final class CliFixtures {
  private static final Set<String> FUNCTIONS =
      Set.of("computeSubsidy", "computeRoster", "computeRosterStream", "checkPlan", "checkApplication", "toRosterRows", "toRosterCsv");

  private final Path root;
  private final Path cli;
  private final String node;
  private final Path tmp;

  private CliFixtures(Path root) throws IOException {
    this.root = root;
    String override = System.getenv("CPS_CLI");
    this.cli = override != null ? Path.of(override) : root.resolve("dist/cli.js");
    String nodeOverride = System.getenv("NODE");
    this.node = nodeOverride != null ? nodeOverride : "node";
    this.tmp = Files.createTempDirectory("cps-java-");
  }

  /** What one run of the command line gave. */
  record Run(int code, String stdout, String stderr) {}

  /** Starts the command line with `args` and `stdin` as its standard input; stderr goes to a file, so neither pipe can block. */
  Run run(List<String> args, String stdin) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(node, cli.toString()));
    command.addAll(args);
    Path in = Files.writeString(tmp.resolve("stdin.txt"), stdin, StandardCharsets.UTF_8);
    Path err = tmp.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectInput(in.toFile()).redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();
    return new Run(code, out, Files.readString(err, StandardCharsets.UTF_8));
  }

  String write(String name, Object value) throws IOException {
    return Files.writeString(tmp.resolve(name), Json.write(value), StandardCharsets.UTF_8).toString();
  }

  /** createPolicy's input as a --policy file. */
  List<String> policyFlags(Object policy) throws IOException {
    return List.of("--policy", write("policy.json", policy));
  }

  /** computeSubsidy's decision as the command line (a roster) gives it: each finding names its row. */
  static Object asRosterRow(Object decision, int row) {
    Map<String, Object> copy = new LinkedHashMap<>(object(decision));
    List<Object> findings = new ArrayList<>();
    for (Object finding : array(copy.get("findings"))) {
      Map<String, Object> withRow = new LinkedHashMap<>(object(finding));
      Map<String, Object> details = withRow.containsKey("details") ? new LinkedHashMap<>(object(withRow.get("details"))) : new LinkedHashMap<>();
      details.put("row", new BigDecimal(row));
      withRow.put("details", details);
      findings.add(withRow);
    }
    copy.put("findings", findings);
    return copy;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object value) {
    return (List<Object>) value;
  }

  static int reportExit(Map<String, Object> report) {
    for (Object finding : array(report.get("findings"))) {
      if ("invalid_input".equals(object(finding).get("code"))) return 2;
    }
    return Boolean.TRUE.equals(report.get("compliant")) ? 0 : 1;
  }

  static int decisionsExit(List<Object> decisions) {
    boolean denied = false;
    for (Object decision : decisions) {
      Object status = object(decision).get("status");
      if ("invalid".equals(status)) return 2;
      if ("denied".equals(status)) denied = true;
    }
    return denied ? 1 : 0;
  }

  /** Replays one fixture; returns null when it agrees, else what differs. */
  String replay(Map<String, Object> fixture) throws IOException, InterruptedException {
    String function = (String) fixture.get("function");
    List<Object> args = array(fixture.get("arguments"));
    Object expected = fixture.get("expected");
    switch (function) {
      case "computeSubsidy": {
        Map<String, Object> options = object(args.get(2));
        List<String> call = new ArrayList<>(List.of("decide", "--plan", write("plan.json", args.get(1)), "--year", Json.write(options.get("year"))));
        call.addAll(policyFlags(options.get("policy")));
        if (Boolean.TRUE.equals(options.get("trace"))) call.add("--trace");
        if (options.containsKey("asOf")) call.addAll(List.of("--as-of", (String) options.get("asOf")));
        Run run = run(call, Json.write(args.get(0)) + "\n");
        String[] lines = run.stdout().split("\n");
        if (lines.length != 1) return "expected one line, got " + lines.length + ": " + run.stderr();
        if (!Json.same(Json.parse(lines[0]), asRosterRow(expected, 1))) return "decision differs: " + lines[0];
        return check(run, decisionsExit(List.of(expected)));
      }
      case "computeRoster":
      case "computeRosterStream": {
        Map<String, Object> options = object(args.get(2));
        StringBuilder roster = new StringBuilder();
        for (Object member : array(args.get(0))) roster.append(Json.write(member)).append('\n');
        List<String> call = new ArrayList<>(List.of("decide", "--plan", write("plan.json", args.get(1)), "--year", Json.write(options.get("year"))));
        call.addAll(policyFlags(options.get("policy")));
        Run lines = run(call, roster.toString());
        List<Object> decisions = new ArrayList<>();
        for (String line : lines.stdout().split("\n")) decisions.add(Json.parse(line));
        List<Object> expectedDecisions = array(object(expected).get("decisions"));
        if (!Json.same(decisions, expectedDecisions)) return "decision lines differ: " + lines.stdout();
        call.addAll(List.of("--format", "json"));
        Run whole = run(call, roster.toString());
        if (!Json.same(Json.parse(whole.stdout()), expected)) return "roster result differs: " + whole.stdout();
        return check(whole, decisionsExit(expectedDecisions));
      }
      case "checkPlan": {
        Map<String, Object> options = object(args.get(1));
        List<String> call = new ArrayList<>(List.of("check-plan"));
        call.addAll(policyFlags(options.get("policy")));
        if (options.containsKey("year")) call.addAll(List.of("--year", Json.write(options.get("year"))));
        if (options.containsKey("asOf")) call.addAll(List.of("--as-of", (String) options.get("asOf")));
        if (options.containsKey("roster")) call.addAll(List.of("--roster", write("roster.json", options.get("roster"))));
        if (options.containsKey("calendar")) call.addAll(List.of("--calendar", write("calendar.json", options.get("calendar"))));
        call.add(write("plan-under-check.json", args.get(0)));
        Run run = run(call, "");
        if (!Json.same(Json.parse(run.stdout()), expected)) return "plan report differs: " + run.stdout();
        return check(run, reportExit(object(expected)));
      }
      case "checkApplication": {
        List<String> call = new ArrayList<>(List.of("check-application"));
        call.addAll(policyFlags(object(args.get(1)).get("policy")));
        call.add("-");
        Run run = run(call, Json.write(args.get(0)));
        if (!Json.same(Json.parse(run.stdout()), expected)) return "application report differs: " + run.stdout();
        return check(run, reportExit(object(expected)));
      }
      case "toRosterRows": {
        Run run = run(List.of("roster-csv", "--format", "json", write("application.json", args.get(0))), "");
        if (!Json.same(Json.parse(run.stdout()), expected)) return "roster rows differ: " + run.stdout();
        return check(run, array(object(expected).get("findings")).isEmpty() ? 0 : 2);
      }
      case "toRosterCsv": {
        Run run = run(List.of("roster-csv", "--from-rows", write("rows.json", args.get(0))), "");
        if (!run.stdout().equals(expected)) return "CSV differs: " + run.stdout();
        return check(run, 0);
      }
      default:
        return "no command line call for " + function;
    }
  }

  static String check(Run run, int code) {
    return run.code() == code ? null : "exit code " + run.code() + ", expected " + code + ": " + run.stderr();
  }

  public static void main(String[] argv) throws Exception {
    Path root = Path.of(argv.length > 0 ? argv[0] : ".").toAbsolutePath().normalize();
    CliFixtures test = new CliFixtures(root);
    if (!Files.isRegularFile(test.cli)) {
      System.out.println("java: " + test.cli + " is missing: run `npm run build` first");
      System.exit(1);
    }
    int passed = 0;
    int failed = 0;
    List<Path> files = new ArrayList<>();
    try (var stream = Files.list(root.resolve("test/fixtures"))) {
      stream.filter(path -> path.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      Map<String, Object> fixture = object(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
      if (!FUNCTIONS.contains(fixture.get("function"))) continue;
      String problem;
      try {
        problem = test.replay(fixture);
      } catch (RuntimeException error) {
        problem = error.toString();
      }
      if (problem == null) {
        passed++;
      } else {
        failed++;
        System.out.println("FAIL " + fixture.get("name") + ": " + problem);
      }
    }
    System.out.println("java: " + passed + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }

  /** A small JSON reader and writer: objects as LinkedHashMap, arrays as ArrayList, numbers as BigDecimal. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static Object parse(String text) {
      Json reader = new Json(text);
      reader.blanks();
      Object value = reader.value();
      reader.blanks();
      if (reader.at != text.length()) throw new IllegalArgumentException("JSON: text after the value at " + reader.at);
      return value;
    }

    private void blanks() {
      while (at < text.length() && " \t\r\n\uFEFF".indexOf(text.charAt(at)) >= 0) at++;
    }

    private Object value() {
      if (at >= text.length()) throw new IllegalArgumentException("JSON: unexpected end");
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        blanks();
        if (text.charAt(at) == '}') {
          at++;
          return map;
        }
        while (true) {
          blanks();
          String key = string();
          blanks();
          expect(':');
          blanks();
          map.put(key, value());
          blanks();
          if (text.charAt(at) == ',') {
            at++;
            continue;
          }
          expect('}');
          return map;
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        at++;
        blanks();
        if (text.charAt(at) == ']') {
          at++;
          return list;
        }
        while (true) {
          blanks();
          list.add(value());
          blanks();
          if (text.charAt(at) == ',') {
            at++;
            continue;
          }
          expect(']');
          return list;
        }
      }
      if (c == '"') return string();
      if (text.startsWith("true", at)) {
        at += 4;
        return Boolean.TRUE;
      }
      if (text.startsWith("false", at)) {
        at += 5;
        return Boolean.FALSE;
      }
      if (text.startsWith("null", at)) {
        at += 4;
        return null;
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
      if (start == at) throw new IllegalArgumentException("JSON: unexpected '" + c + "' at " + at);
      return new BigDecimal(text.substring(start, at));
    }

    private void expect(char c) {
      if (at >= text.length() || text.charAt(at) != c) throw new IllegalArgumentException("JSON: expected '" + c + "' at " + at);
      at++;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') return out.toString();
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(e);
        }
      }
    }

    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out);
      return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c == '"' || c == '\\') out.append('\\').append(c);
          else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
        out.append('"');
      } else if (value instanceof BigDecimal number) {
        out.append(number.toString());
      } else if (value instanceof Boolean flag) {
        out.append(flag);
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!first) out.append(',');
          first = false;
          write(entry.getKey(), out);
          out.append(':');
          write(entry.getValue(), out);
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) out.append(',');
          write(list.get(i), out);
        }
        out.append(']');
      } else {
        throw new IllegalArgumentException("JSON: cannot write " + value.getClass());
      }
    }

    /** Two JSON values are the same: objects with the same keys (any order), arrays in order, numbers by value. */
    static boolean same(Object a, Object b) {
      if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
      if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
        if (!x.keySet().equals(y.keySet())) return false;
        for (Object key : x.keySet()) if (!same(x.get(key), y.get(key))) return false;
        return true;
      }
      if (a instanceof List<?> x && b instanceof List<?> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
        return true;
      }
      return Objects.equals(a, b);
    }
  }
}
