#!/usr/bin/env node
// bench/run.mjs: runs the workloads in bench/workloads against mcrepl and its peers (node, deno,
// bun, workerd), interleaved round by round, and writes docs/benchmarks.md and
// docs/benchmarks.svg. See `bench/run.sh --help` and docs/benchmarks.md.
//
// Every run is timed from outside (wall time of the whole process, peak RSS from
// /usr/bin/time), because that is the one figure every runtime gives alike; the figure each
// workload prints about itself (RESULT ... ms=) is reported beside it.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(benchDir);
const workloadDir = path.join(benchDir, "workloads");

// Workloads in the order of the issue, with the letter it gives them.
const WORKLOADS = [
  { name: "pingpong", letter: "a", title: "ping-pong, 100k round trips" },
  { name: "small", letter: "b", title: "1M small messages" },
  { name: "objects", letter: "c", title: "100k 1 KB objects" },
  { name: "buffers", letter: "d", title: "1,000 × 1 MiB buffers" },
  { name: "clonegraph", letter: "e", title: "100 clones of a 10k-node graph" },
  { name: "channels", letter: "f", title: "1,000 channels" },
  { name: "startup", letter: "g", title: "start-up" },
  // Real Worker workloads (the performance issue's part 3). Module workloads import npm packages:
  // the runner installs them and bundles the workload into one script with esbuild first.
  { name: "reacttable", letter: "h", title: "React renderToString, 1,000-row table ×20", module: true },
  { name: "reactstream", letter: "i", title: "React renderToReadableStream, read to the end ×20", module: true },
  { name: "chunks", letter: "j", title: "200,000 small stream chunks (reader, pipeThrough)" },
  { name: "textcodec", letter: "k", title: "TextEncoder/TextDecoder, 10 MiB ×10" },
  { name: "urls", letter: "l", title: "new URL() ×100,000" },
  { name: "sha256", letter: "m", title: "SHA-256 of 64 MiB ×4" },
];

// npm packages the module workloads import, installed beside the peers.
const WORKLOAD_PACKAGES = { react: "^19", "react-dom": "^19" };
const RUNTIMES = ["mcrepl", "node", "deno", "bun", "workerd"];
const PEERS = {
  deno: { pkg: "@deno/linux-x64-glibc", bin: "deno" },
  bun: { pkg: "@oven/bun-linux-x64", bin: "bin/bun" },
  workerd: { pkg: "@cloudflare/workerd-linux-64", bin: "bin/workerd" },
};

// Targets from the performance issue: the ratio mcrepl/peer of the median wall time, and caps on
// mcrepl's peak RSS.
const TARGETS = {
  // Issue 22: ping-pong within 1.2x of bun and under 40 MiB, small messages 3.0x bun and half
  // workerd, objects 2.0x bun and 1.2x workerd, the clone graph 2.5x bun and 2.0x workerd.
  pingpong: { bun: 1.2, workerd: 0.5, rssMiB: 40 },
  small: { bun: 3.0, workerd: 0.5 },
  objects: { bun: 2.0, workerd: 1.2, rssMiB: 400 },
  buffers: { bun: 1.0, workerd: 0.4 },
  clonegraph: { bun: 2.5, workerd: 2.0 },
  channels: { bun: 1.5, workerd: 0.5 },
  startup: { bun: 1.0, workerd: 0.3, rssMiB: 15 },
  // From the streams and Web API issues: small chunks within 3x of workerd, encode/decode and
  // digest within 2x, URL parsing within 3x.
  chunks: { workerd: 3.0 },
  textcodec: { workerd: 2.0 },
  urls: { workerd: 3.0 },
  sha256: { workerd: 2.0 },
};

// workerd runs each workload as a module worker at this date, the first with MessageChannel on
// the global scope; mcrepl is given the same date.
const WORKERD_DATE = "2025-08-15";

const HELP = `usage: bench/run.sh [options]

Runs every workload in bench/workloads under mcrepl, node, deno, bun and workerd, interleaved
(each round runs every workload once under every runtime), and prints, per workload and
runtime, the median wall time, its min-max, the median time the workload measured itself, the
peak RSS, and the ratio mcrepl/peer (median over rounds of the per-round ratio).

options:
  --only a,b         workloads to run (${WORKLOADS.map((w) => w.name).join(",")})
  --runtimes a,b     runtimes to run (${RUNTIMES.join(",")})
  --rounds N         rounds (default 5, or $ROUNDS)
  --timeout S        seconds before one run is killed (default 600, or $BENCH_TIMEOUT)
  --cache DIR        where peers, the mcrepl binary and scratch files go
                     (default \${XDG_CACHE_HOME:-$HOME/.cache}/mcrepl-bench, or $BENCH_CACHE)
  --head             build mcrepl from the last commit (git archive HEAD), not the work tree
  --no-docs          print the table only; leave docs/benchmarks.md and .svg alone
  -h, --help         this text

environment:
  ROUNDS, BENCH_TIMEOUT, BENCH_CACHE   as the options above
  MCREPL_ARGS        extra arguments given to mcrepl before "run" (split on spaces); mcrepl
                     always gets --compatibility-date ${WORKERD_DATE}, the date workerd runs at,
                     and --trace off when it has that option (MCREPL_ARGS="--trace events"
                     measures it with its event log on)
`;

function parseArgs(argv) {
  const opts = {
    only: WORKLOADS.map((w) => w.name),
    runtimes: RUNTIMES.slice(),
    rounds: Number(process.env.ROUNDS || 5),
    timeout: Number(process.env.BENCH_TIMEOUT || 600),
    cache: process.env.BENCH_CACHE ||
      path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "mcrepl-bench"),
    docs: true,
    head: false,
  };
  const list = (v, known, what) => {
    const names = v.split(",").map((s) => s.trim()).filter(Boolean);
    for (const n of names) {
      if (!known.includes(n)) die(`unknown ${what} "${n}"; known: ${known.join(", ")}`);
    }
    return names;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 0) {
      v = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const val = () => {
      if (v !== undefined) return v;
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case "--only": opts.only = list(val(), WORKLOADS.map((w) => w.name), "workload"); break;
      case "--runtimes": opts.runtimes = list(val(), RUNTIMES, "runtime"); break;
      case "--rounds": opts.rounds = Number(val()); break;
      case "--timeout": opts.timeout = Number(val()); break;
      case "--cache": opts.cache = path.resolve(val()); break;
      case "--no-docs": opts.docs = false; break;
      case "--head": opts.head = true; break;
      case "-h": case "--help": process.stdout.write(HELP); process.exit(0); break;
      default: die(`unknown option ${a}\n\n${HELP}`);
    }
  }
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) die("--rounds must be a positive integer");
  if (!(opts.timeout > 0)) die("--timeout must be a positive number of seconds");
  return opts;
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

function log(msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

// Installs the missing peers with npm into the cache folder, all in one `npm install` from a
// package.json that lists every peer (one install per package would prune the one before), and
// checks that every binary is there and runs. Returns name -> binary path; dies, naming the peer
// and the way out, when a requested peer cannot be had.
function installPeers(cache, names, withPackages) {
  const pj = path.join(cache, "package.json");
  const deps = { ...WORKLOAD_PACKAGES };
  for (const [n, p] of Object.entries(PEERS)) deps[p.pkg] = "*";
  const want = JSON.stringify({ private: true, dependencies: deps }, null, 2) + "\n";
  if (!fs.existsSync(pj) || fs.readFileSync(pj, "utf8") !== want) fs.writeFileSync(pj, want);
  const binOf = (n) => path.join(cache, "node_modules", PEERS[n].pkg, PEERS[n].bin);
  const missing = names.filter((n) => !fs.existsSync(binOf(n))).map((n) => PEERS[n].pkg);
  if (withPackages) {
    missing.push(...Object.keys(WORKLOAD_PACKAGES).filter((p) => !fs.existsSync(path.join(cache, "node_modules", p, "package.json"))));
  }
  if (missing.length > 0) {
    log(`installing ${missing.join(", ")} into ${cache} (one npm install)`);
    const r = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: cache, encoding: "utf8" });
    if (r.status !== 0) {
      die(`npm install in ${cache} failed: ${(r.stderr || r.error || "").toString().trim().split("\n").slice(-3).join(" | ")}; ` +
        `leave the peers out with --runtimes ${RUNTIMES.filter((n) => !PEERS[n]).join(",")}`);
    }
  }
  const out = {};
  for (const n of names) {
    const bin = binOf(n);
    if (!fs.existsSync(bin)) die(`${n}: ${bin} is missing after npm install; leave it out with --runtimes`);
    fs.chmodSync(bin, 0o755);
    const r = spawnSync(bin, ["--version"], { encoding: "utf8" });
    if (r.status !== 0) {
      die(`${n}: \`${bin} --version\` failed (exit ${r.status}${r.error ? ", " + r.error.message : ""}); leave it out with --runtimes`);
    }
    out[n] = bin;
  }
  return out;
}

// Bundles each module workload with esbuild (the version in go.mod, through `go run`) into one
// classic script that defines `done`, resolving its npm imports from the cache's node_modules.
// Returns name -> bundled file.
function bundleWorkloads(cache, workloads) {
  const out = {};
  if (workloads.length === 0) return out;
  const dir = path.join(cache, "bundles");
  fs.mkdirSync(dir, { recursive: true });
  for (const w of workloads) {
    const file = path.join(dir, w.name + ".js");
    log(`bundling ${w.name}.mjs with esbuild into ${file}`);
    const r = spawnSync("go", ["run", "github.com/evanw/esbuild/cmd/esbuild", path.join(workloadDir, w.name + ".mjs"),
      "--bundle", "--format=iife", "--global-name=__workload", "--platform=browser",
      "--conditions=workerd,worker,browser", "--define:process.env.NODE_ENV=\"production\"",
      // React's scheduler holds a MessagePort open, which keeps node, deno and bun alive (not
      // workerd or mcrepl): those three exit once the work is done.
      "--footer:js=const done = __workload.done; done.then(() => { " +
        "if (typeof navigator === 'object' && navigator.userAgent === 'Cloudflare-Workers') return; " +
        "if (typeof Deno === 'object') Deno.exit(0); else if (typeof process === 'object' && process.exit) process.exit(0); });",
      "--outfile=" + file, "--log-level=warning"],
      { cwd: repoDir, encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(cache, "node_modules") } });
    if (r.status !== 0) die(`esbuild could not bundle ${w.name}.mjs: ${(r.stderr || String(r.error)).trim().split("\n").slice(0, 3).join(" | ")}`);
    out[w.name] = file;
  }
  return out;
}

// Builds mcrepl from the work tree, as a developer would. Other work may be half done in a shared
// work tree; when it does not build, the last commit (HEAD) is built instead and the report says so.
// With --head (a shared work tree with others' changes in it) the last commit is built directly.
// settle copies the binary the linker wrote over out. With cgo code in the build the system's
// linker writes the file, and the kernel's page cache then holds it in large folios, which the
// fault-around of every page fault maps whole: straight after the build mcrepl's start-up peaks
// ~6 MiB higher (and takes fewer faults) than the same file once read back from disk, as it is
// after a reboot or a copy (bench/startup/README.md). The copy is measured, like an installed
// binary.
function settle(built, out) {
  fs.copyFileSync(built, out);
  fs.chmodSync(out, 0o755);
  fs.rmSync(built, { force: true });
}

function buildMcrepl(cache, fromHead) {
  const out = path.join(cache, "mcrepl");
  const built = out + ".built";
  let why = "--head";
  if (!fromHead) {
    log("building mcrepl (go build -o " + out + " .)");
    const r = spawnSync("go", ["build", "-o", built, "."], { cwd: repoDir, encoding: "utf8" });
    if (r.status === 0) {
      settle(built, out);
      return { bin: out, source: gitDescribe() };
    }
    const msg = (r.stderr || String(r.error)).trim().split("\n").slice(0, 3).join(" | ");
    log(`the work tree does not build (${msg}); building HEAD instead`);
    why = "the work tree did not build";
  } else {
    log("building mcrepl from HEAD (git archive HEAD, go build -o " + out + " .)");
  }
  const src = path.join(cache, "src");
  fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  // The commit is named once, so that one made meanwhile in a shared tree is neither built nor reported.
  const commit = spawnSync("git", ["rev-parse", "HEAD"], { cwd: repoDir, encoding: "utf8" }).stdout.trim();
  const exp = spawnSync("bash", ["-c", `git -C "$1" archive "$3" | tar -x -C "$2"`, "_", repoDir, src, commit],
    { encoding: "utf8" });
  const r2 = exp.status === 0
    ? spawnSync("go", ["build", "-o", built, "."], { cwd: src, encoding: "utf8" })
    : exp;
  if (r2.status !== 0) {
    const msg2 = (r2.stderr || String(r2.error)).trim().split("\n").slice(0, 3).join(" | ");
    log(`mcrepl does not build: ${msg2}`);
    return { error: "build failed: " + msg2 };
  }
  settle(built, out);
  const head = spawnSync("git", ["log", "-1", "--format=%h %cd", "--date=short", commit], { cwd: repoDir, encoding: "utf8" });
  return { bin: out, source: head.stdout.trim() + ` (HEAD: ${why})` };
}

function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return ((r.stdout || "") + (r.stderr || "")).trim().split("\n")[0] || "?";
}

// Names the commit mcrepl was built at, and says so when the work tree had changes on top.
function gitDescribe() {
  const r = spawnSync("git", ["log", "-1", "--format=%h %cd", "--date=short"],
    { cwd: repoDir, encoding: "utf8" });
  if (r.status !== 0) return "?";
  const st = spawnSync("git", ["status", "--porcelain", "--", ":!docs", ":!bench"],
    { cwd: repoDir, encoding: "utf8" });
  const dirty = st.status === 0 && st.stdout.trim() !== "";
  return r.stdout.trim() + (dirty ? " plus uncommitted changes in the work tree" : "");
}

// Builds the argv of one run for each runtime and the versions to report.
function setupRuntimes(opts) {
  fs.mkdirSync(opts.cache, { recursive: true });
  const rts = {};
  const env = { ...process.env, NO_COLOR: "1" };
  // Every peer is installed and checked before round 1: a peer that fails in every round would
  // leave its column silently empty.
  const moduleWorkloads = WORKLOADS.filter((w) => w.module && opts.only.includes(w.name));
  const peers = installPeers(opts.cache, opts.runtimes.filter((n) => PEERS[n]), moduleWorkloads.length > 0);
  opts.bundles = bundleWorkloads(opts.cache, moduleWorkloads);
  for (const name of opts.runtimes) {
    if (name === "mcrepl") {
      const b = buildMcrepl(opts.cache, opts.head);
      if (b.error) {
        rts.mcrepl = { error: b.error, version: "build failed" };
        continue;
      }
      // The same compatibility date as workerd's config, so both implement the same flags; and
      // the event log off where mcrepl has one: the peers print nothing per message either.
      const help = spawnSync(b.bin, ["run", "--help"], { encoding: "utf8" });
      const flags = ["--compatibility-date", WORKERD_DATE,
        ...(/--trace\b/.test((help.stdout || "") + (help.stderr || "")) ? ["--trace", "off"] : []),
        ...(process.env.MCREPL_ARGS || "").split(/\s+/).filter(Boolean)];
      rts.mcrepl = {
        argv: (file) => [b.bin, ...flags, "run", file],
        version: `mcrepl built at ${b.source} (${firstLine("go", ["version"]).replace(/^go version /, "")}), ` +
          `run as: mcrepl ${flags.join(" ")} run FILE`,
        env,
      };
    } else if (name === "node") {
      rts.node = {
        argv: (file) => [process.execPath, file],
        version: "node " + process.version,
        env,
      };
    } else {
      const bin = peers[name];
      if (name === "deno") {
        rts.deno = {
          argv: (file) => [bin, "run", "--quiet", file],
          version: firstLine(bin, ["--version"]),
          env: { ...env, DENO_DIR: path.join(opts.cache, "deno-dir"), DENO_NO_UPDATE_CHECK: "1" },
        };
      } else if (name === "bun") {
        rts.bun = {
          argv: (file) => [bin, "run", file],
          version: "bun " + firstLine(bin, ["--version"]),
          env,
        };
      } else if (name === "workerd") {
        rts.workerd = {
          argv: (file) => [bin, "test", workerdConfig(opts.cache, file)],
          version: firstLine(bin, ["--version"]),
          env,
        };
      }
    }
  }
  return rts;
}

// workerd runs a workload as the body of an ES-module worker's test() handler: write the worker
// and its config from the templates in bench/workerd, once per workload.
function workerdConfig(cache, file) {
  const name = path.basename(file, ".js");
  const dir = path.join(cache, "workerd", name);
  fs.mkdirSync(dir, { recursive: true });
  const tmpl = (f) => fs.readFileSync(path.join(benchDir, "workerd", f), "utf8");
  const body = fs.readFileSync(file, "utf8");
  fs.writeFileSync(path.join(dir, "worker.js"),
    tmpl("worker.js.tmpl").replace("{{NAME}}", name).replace("{{BODY}}", () => body));
  const config = path.join(dir, "config.capnp");
  fs.writeFileSync(config, tmpl("config.capnp.tmpl").replace("{{DATE}}", WORKERD_DATE));
  return config;
}

const haveTime = fs.existsSync("/usr/bin/time");

// The run under way, so that stopping the runner stops it too (each run is its own process
// group, so that a timeout kills whatever the runtime started).
let current = null;
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    if (current) {
      try { process.kill(-current.pid, "SIGKILL"); } catch { /* already gone */ }
    }
    process.exit(130);
  });
}

// Runs one process; resolves to { ok, wallMs, selfMs, rssMiB, error }.
function runOnce(rt, file, scratch, timeoutS) {
  return new Promise((resolve) => {
    const argv = rt.argv(file);
    const rssFile = path.join(scratch, "rss");
    const outFile = path.join(scratch, "stdout");
    const errFile = path.join(scratch, "stderr");
    fs.rmSync(rssFile, { force: true });
    const cmd = haveTime ? "/usr/bin/time" : argv[0];
    const args = haveTime ? ["-f", "%M", "-o", rssFile, ...argv] : argv.slice(1);
    const out = fs.openSync(outFile, "w");
    const err = fs.openSync(errFile, "w");
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: scratch, env: rt.env, stdio: ["ignore", out, err], detached: true });
    current = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
    }, timeoutS * 1000);
    const finish = (code, signal, spawnErr) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      current = null;
      clearTimeout(timer);
      fs.closeSync(out);
      fs.closeSync(err);
      const stdout = readHead(outFile);
      const m = /^RESULT name=(\S+) ms=([\d.]+)/m.exec(stdout);
      let rssMiB = null;
      if (haveTime && fs.existsSync(rssFile)) {
        const kb = /(\d+)\s*$/.exec(fs.readFileSync(rssFile, "utf8").trim());
        if (kb) rssMiB = Number(kb[1]) / 1024;
      }
      let error = null;
      if (spawnErr) error = String(spawnErr.message || spawnErr);
      else if (timedOut) error = `killed after ${timeoutS} s`;
      else if (code !== 0 || signal) error = `exit ${signal || code}`;
      else if (!m) error = "no RESULT line";
      if (error) {
        const tail = (readHead(errFile) + "\n" + stdout).split("\n")
          .filter((l) => l.trim() && !/\[ (TEST|PASS) \]|Command exited|^\s*$/.test(l)).slice(0, 3)
          .map((l) => l.trim().slice(0, 200)).join(" | ");
        if (tail) error += ": " + tail;
      }
      resolve({ ok: !error, wallMs, selfMs: m ? Number(m[2]) : null, rssMiB, error });
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("exit", (code, signal) => finish(code, signal, null));
  });
}

// The first 64 KB of a file: enough for a RESULT line or an error, whatever else was printed.
function readHead(file) {
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(65536);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  let s = buf.subarray(0, n).toString("utf8");
  if (!/^RESULT /m.test(s)) {
    // A chatty runtime may print the RESULT line after a long log: look at the tail too.
    const size = fs.statSync(file).size;
    if (size > n) {
      const fd2 = fs.openSync(file, "r");
      const m = fs.readSync(fd2, buf, 0, buf.length, Math.max(0, size - buf.length));
      fs.closeSync(fd2);
      s += "\n" + buf.subarray(0, m).toString("utf8");
    }
  }
  return s;
}

const median = (xs) => {
  if (!xs.length) return null;
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = new Date();
  const rts = setupRuntimes(opts);
  const names = opts.runtimes.filter((n) => rts[n] && !rts[n].error);
  for (const n of opts.runtimes) if (rts[n].error) log(`${n}: ${rts[n].error}; its cells stay empty`);
  const scratch = fs.mkdtempSync(path.join(opts.cache, "run-"));
  const workloads = WORKLOADS.filter((w) => opts.only.includes(w.name));

  // results[workload][runtime] = { runs: [per round: result or null], error }
  const results = {};
  for (const w of workloads) {
    results[w.name] = {};
    for (const n of opts.runtimes) {
      results[w.name][n] = { runs: [], error: rts[n].error || null };
    }
  }

  // One untimed start-up run per runtime, so first-run costs (caches, page cache) are paid
  // before measuring.
  for (const n of names) {
    const r = await runOnce(rts[n], path.join(workloadDir, "startup.js"), scratch, opts.timeout);
    if (!r.ok) log(`warm-up: ${n}: ${r.error}`);
  }

  for (let round = 0; round < opts.rounds; round++) {
    for (const w of workloads) {
      const file = w.module ? opts.bundles[w.name] : path.join(workloadDir, w.name + ".js");
      // Rotate the order every round, so no runtime always runs right after the same one.
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const n of order) {
        const cell = results[w.name][n];
        // A runtime that failed a workload is not tried again on it: a failure is a missing
        // feature or a hang, not noise.
        if (cell.error) continue;
        const r = await runOnce(rts[n], file, scratch, opts.timeout);
        cell.runs[round] = r;
        if (!r.ok) cell.error = r.error;
        log(`round ${round + 1}/${opts.rounds} ${w.name} ${n}: ` +
          (r.ok ? `${r.wallMs.toFixed(0)} ms wall, ${r.selfMs} ms self, ` +
            `${r.rssMiB === null ? "?" : r.rssMiB.toFixed(0)} MiB` : "FAILED " + r.error));
      }
    }
    // The docs are rewritten after every round, so a run cut short still leaves its figures.
    if (opts.docs) writeDocs(opts, workloads, rts, results, started, round + 1);
  }
  fs.rmSync(scratch, { recursive: true, force: true });

  const summary = summarize(workloads, opts.runtimes, results);
  process.stdout.write(textTable(workloads, opts.runtimes, summary) + "\n");
  process.stdout.write(targetsMarkdown(workloads, summary, opts.runtimes) + "\n");
  if (opts.docs) log("wrote docs/benchmarks.md and docs/benchmarks.svg");
}

function writeDocs(opts, workloads, rts, results, started, roundsDone) {
  const summary = summarize(workloads, opts.runtimes, results);
  const docs = path.join(repoDir, "docs");
  fs.mkdirSync(docs, { recursive: true });
  fs.writeFileSync(path.join(docs, "benchmarks.svg"), svgChart(workloads, opts.runtimes, summary));
  fs.writeFileSync(path.join(docs, "benchmarks.md"), markdown({
    workloads,
    runtimes: opts.runtimes,
    summary,
    env: machine(),
    versions: opts.runtimes.map((n) => `${n}: ${rts[n].version}`),
    command: commandLine(),
    started,
    rounds: roundsDone === opts.rounds ? `${opts.rounds}` : `${roundsDone} of ${opts.rounds} (the run was cut short)`,
  }));
}

function summarize(workloads, runtimes, results) {
  const out = {};
  for (const w of workloads) {
    out[w.name] = {};
    for (const n of runtimes) {
      const cell = results[w.name][n];
      const ok = cell.runs.filter((r) => r && r.ok);
      const walls = ok.map((r) => r.wallMs);
      const selfs = ok.map((r) => r.selfMs).filter((x) => x !== null);
      const rss = ok.map((r) => r.rssMiB).filter((x) => x !== null);
      out[w.name][n] = {
        n: ok.length,
        error: cell.error,
        wall: median(walls),
        min: walls.length ? Math.min(...walls) : null,
        max: walls.length ? Math.max(...walls) : null,
        self: median(selfs),
        rss: rss.length ? Math.max(...rss) : null,
        ratio: null,
      };
    }
    // The ratio mcrepl/peer is taken round by round (the two ran minutes apart at most) and the
    // median of those ratios is reported.
    const m = results[w.name].mcrepl;
    for (const n of runtimes) {
      if (n === "mcrepl" || !m) continue;
      const p = results[w.name][n];
      const ratios = [];
      for (let i = 0; i < Math.max(m.runs.length, p.runs.length); i++) {
        const a = m.runs[i];
        const b = p.runs[i];
        if (a && a.ok && b && b.ok) ratios.push(a.wallMs / b.wallMs);
      }
      out[w.name][n].ratio = median(ratios);
    }
  }
  return out;
}

const fmtMs = (x) => (x === null ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtRatio = (x) => (x === null ? "–" : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fmtMiB = (x) => (x === null ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));

function textTable(workloads, runtimes, summary) {
  const rows = [["workload", "runtime", "wall ms (median)", "min–max", "self ms", "peak MiB", "mcrepl/peer"]];
  for (const w of workloads) {
    for (const n of runtimes) {
      const s = summary[w.name][n];
      if (s.n === 0) {
        rows.push([w.name, n, "FAILED", (s.error || "no run").slice(0, 100), "", "", ""]);
        continue;
      }
      rows.push([w.name, n, fmtMs(s.wall), `${fmtMs(s.min)}–${fmtMs(s.max)}`,
        n === "workerd" ? `(${fmtMs(s.self)})` : fmtMs(s.self), fmtMiB(s.rss), n === "mcrepl" ? "" : fmtRatio(s.ratio)]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}

function machine() {
  let cpu = "?";
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpu = m[1];
  } catch { /* not Linux */ }
  return {
    nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    cpu,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(0),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function commandLine() {
  const envs = ["ROUNDS", "BENCH_TIMEOUT", "BENCH_CACHE", "MCREPL_ARGS", "MCREPL_FLAGS", "MCREPL_COMPATIBILITY_DATE"]
    .filter((k) => process.env[k] !== undefined).map((k) => `${k}=${process.env[k]}`);
  const args = process.argv.slice(2).map((a) => (/^[\w.,=\/-]+$/.test(a) ? a : JSON.stringify(a)));
  return [...envs, "bench/run.sh", ...args].join(" ");
}

function verdict(ratio, target) {
  if (ratio === null || ratio === undefined) return "no figure";
  return ratio <= target ? "met" : "missed";
}

function targetsMarkdown(workloads, summary, runtimes) {
  const lines = [
    "| workload | vs bun: target | ratio | met? | vs workerd: target | ratio | met? | mcrepl peak RSS: target | peak | met? |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const w of workloads) {
    // A workload without a target (the React ones) is measured, and its row says so.
    const t = TARGETS[w.name] || {};
    const s = summary[w.name];
    const cell = (peer) => {
      if (!runtimes.includes(peer) || !runtimes.includes("mcrepl")) return ["not run", ""];
      const r = s[peer].ratio;
      return [fmtRatio(r), t[peer] === undefined ? "no target" : verdict(r, t[peer])];
    };
    const bound = (peer) => (t[peer] === undefined ? "–" : "<= " + t[peer].toFixed(1));
    const [rb, vb] = cell("bun");
    const [rw, vw] = cell("workerd");
    let mem = ["", "", ""];
    if (t.rssMiB) {
      const p = runtimes.includes("mcrepl") ? s.mcrepl.rss : null;
      mem = [`<= ${t.rssMiB} MiB`, p === null ? "–" : fmtMiB(p) + " MiB", verdict(p, t.rssMiB)];
    }
    lines.push(`| (${w.letter}) ${w.name} | ${bound("bun")} | ${rb} | ${vb} | ${bound("workerd")} | ${rw} | ${vw} | ${mem.join(" | ")} |`);
  }
  return lines.join("\n");
}

function markdown({ workloads, runtimes, summary, env, versions, command, started, rounds }) {
  const esc = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const out = [];
  out.push("# Benchmarks");
  out.push("");
  out.push("Whole-program figures for mcrepl beside node, deno, bun and workerd, produced by");
  out.push("`bench/run.sh` (this file and `benchmarks.svg` are written by it; do not edit them by hand).");
  out.push("The workloads are in `bench/workloads/`; each one runs unchanged in every runtime (workerd");
  out.push("runs it as the body of a `test()` handler, see `bench/workerd/`) and prints its own figure.");
  out.push("");
  out.push("| | |");
  out.push("|---|---|");
  out.push(`| date | ${started.toISOString().replace(/\.\d+Z$/, "Z")} |`);
  out.push(`| machine | ${env.nproc} CPUs (${esc(env.cpu)}), ${env.memGiB} GiB, ${esc(env.kernel)} |`);
  out.push(`| command | \`${command}\` |`);
  out.push(`| rounds | ${rounds}, runtimes interleaved within each round |`);
  for (const v of versions) out.push(`| ${esc(v.split(": ")[0])} | ${esc(v.slice(v.indexOf(": ") + 2))} |`);
  out.push("");
  out.push("## How to read the figures");
  out.push("");
  out.push("- **wall ms**: the median, over the rounds, of the wall time of the whole process, start-up");
  out.push("  included, measured from outside by the runner; min–max is the spread over the rounds.");
  out.push("- **self ms**: the median of what the workload measured itself with `performance.now()` (the");
  out.push("  work only, no start-up). For workerd it is in brackets: workerd's clocks are documented to");
  out.push("  move only on I/O (a Spectre mitigation). Under `workerd test` this binary's clock was seen");
  out.push("  to advance during pure computation too, but nothing promises it, so the targets use wall ms.");
  out.push("- **peak MiB**: the largest maximum resident set size over the rounds (`/usr/bin/time`).");
  out.push("- **mcrepl/peer**: mcrepl's wall time divided by the peer's, taken round by round, median over");
  out.push("  the rounds. Below 1 mcrepl is faster. The targets below are on this figure.");
  out.push("- The machine is shared: other processes may run beside the benchmark. Interleaving the");
  out.push("  runtimes within each round spreads that noise over all of them alike.");
  out.push("");
  out.push("## Workloads");
  out.push("");
  const about = {
    pingpong: "100,000 round trips between the two ports of one channel, one message in flight",
    small: "1,000,000 numbers and short strings posted in one loop, counted by the receiver",
    objects: "100,000 messages of a ~1 KB nested object (about 920 bytes as JSON), posted in one loop",
    buffers: "1,000 messages each carrying a 1 MiB ArrayBuffer, copied (no transfer), one in flight, acknowledged",
    clonegraph: "100 `structuredClone` calls on a 10,000-node graph with Maps, Dates, arrays, shared and cyclic references",
    channels: "1,000 channels in turn: created, one message, closed; close events counted where the runtime fires them (Deno fires none)",
    startup: "one channel, one message, exit",
    reacttable: "React's `renderToString` (react-dom/server.browser, bundled by esbuild with react 19 from npm) of a 1,000-row table, 20 times",
    reactstream: "React's `renderToReadableStream` of a 1,000-row table read to the end with a reader, 20 times",
    chunks: "a pull-based ReadableStream of 10,000 16-byte chunks read with a reader, then the same through a TransformStream, 10 times",
    textcodec: "`TextEncoder.encode` and `TextDecoder.decode` of 10 MiB of mixed ASCII, Latin-1, CJK and emoji text, 10 times",
    urls: "`new URL()` of 100,000 URLs of five shapes (query, credentials and dot segments, percent-encoding, relative, IDNA), reading href, host and a search param",
    sha256: "`crypto.subtle.digest('SHA-256')` of 64 MiB, 4 times",
  };
  for (const w of workloads) out.push(`- (${w.letter}) \`${w.name}\`: ${about[w.name]}.`);
  out.push("");
  out.push("## Results");
  out.push("");
  out.push("![mcrepl/peer wall-time ratios](benchmarks.svg)");
  out.push("");
  out.push("| workload | runtime | wall ms | min–max | self ms | peak MiB | mcrepl/peer |");
  out.push("|---|---|---:|---:|---:|---:|---:|");
  for (const w of workloads) {
    for (const n of runtimes) {
      const s = summary[w.name][n];
      if (s.n === 0) {
        out.push(`| ${w.name} | ${n} | failed | ${esc((s.error || "not run").slice(0, 160))} | | | |`);
        continue;
      }
      out.push(`| ${w.name} | ${n} | ${fmtMs(s.wall)} | ${fmtMs(s.min)}–${fmtMs(s.max)} | ` +
        `${n === "workerd" ? `(${fmtMs(s.self)})` : fmtMs(s.self)} | ${fmtMiB(s.rss)} | ${n === "mcrepl" ? "" : fmtRatio(s.ratio)} |`);
    }
  }
  out.push("");
  out.push("Things to know when comparing:");
  out.push("");
  out.push("- workerd and bun deliver a port message as a microtask, node and deno as a macrotask; mcrepl");
  out.push("  follows workerd. All of them run the same scripts, so the figures compare whole behaviours.");
  out.push("- `channels`: workerd and mcrepl fire both close events inside `close()`, node and bun later,");
  out.push("  deno never (the workload then reports closes=0 after a few idle turns instead of waiting).");
  out.push("- workerd deserializes every message when it is posted (it keeps the copy, not the bytes), so");
  out.push("  `small`, `objects` and `buffers` hold many live objects at once there; its peak memory shows it.");
  out.push("- mcrepl runs with its event log off (`--trace off`) unless the command above says otherwise:");
  out.push("  with the log on, every message also costs a formatted line of output.");
  out.push("");
  out.push("## Targets");
  out.push("");
  out.push("The ratio of mcrepl's wall time to the peer's (as above), and caps on mcrepl's peak memory.");
  out.push("");
  out.push(targetsMarkdown(workloads, summary, runtimes));
  out.push("");
  return out.join("\n");
}

// A horizontal bar chart of the ratios mcrepl/peer on a log scale, one group per workload, with
// the line at 1 (as fast as the peer) and the targets for bun and workerd marked.
function svgChart(workloads, runtimes, summary) {
  const peers = runtimes.filter((n) => n !== "mcrepl");
  const colors = { node: "#3c873a", deno: "#555555", bun: "#d9822b", workerd: "#2f6fd6" };
  const barH = 14;
  const gap = 3;
  const groupGap = 14;
  const left = 280;
  const plotW = 520;
  const top = 74;
  const right = 80;
  const ratios = [];
  for (const w of workloads) for (const p of peers) if (summary[w.name][p].ratio) ratios.push(summary[w.name][p].ratio);
  const targetVals = workloads.flatMap((w) => [(TARGETS[w.name] || {}).bun, (TARGETS[w.name] || {}).workerd]).filter((v) => v !== undefined);
  let lo = Math.min(0.25, ...ratios, ...targetVals);
  let hi = Math.max(4, ...ratios);
  lo = 2 ** Math.floor(Math.log2(lo));
  hi = 2 ** Math.ceil(Math.log2(hi));
  const x = (r) => left + ((Math.log2(r) - Math.log2(lo)) / (Math.log2(hi) - Math.log2(lo))) * plotW;
  const groupH = peers.length * (barH + gap) - gap;
  const height = top + workloads.length * (groupH + groupGap) + 40;
  const width = left + plotW + right;
  const s = [];
  const t = (str) => String(str).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  s.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  s.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  s.push(`<text x="12" y="20" font-size="15" font-weight="bold">mcrepl wall time ÷ peer wall time</text>`);
  s.push(`<text x="12" y="38" fill="#333">median over the rounds, log scale; left of 1: mcrepl is faster; red marks: the targets</text>`);
  // Legend.
  let lx = 12;
  for (const p of peers) {
    s.push(`<rect x="${lx}" y="48" width="12" height="12" fill="${colors[p]}"/>`);
    s.push(`<text x="${lx + 16}" y="58">${t(p)}</text>`);
    lx += 80;
  }
  s.push(`<line x1="${lx + 6}" y1="47" x2="${lx + 6}" y2="61" stroke="#c00" stroke-width="2"/>`);
  s.push(`<text x="${lx + 14}" y="58">target</text>`);
  // Grid.
  const plotBottom = height - 34;
  for (let g = lo; g <= hi + 1e-9; g *= 2) {
    const gx = x(g).toFixed(1);
    s.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${plotBottom}" stroke="${g === 1 ? "#000" : "#ddd"}" stroke-width="${g === 1 ? 1.5 : 1}"/>`);
    s.push(`<text x="${gx}" y="${plotBottom + 16}" text-anchor="middle" fill="#333">${g >= 1 ? g : "1/" + 1 / g}</text>`);
  }
  let y = top;
  for (const w of workloads) {
    s.push(`<text x="${left - 8}" y="${(y + groupH / 2 + 4).toFixed(1)}" text-anchor="end" font-weight="bold">(${w.letter}) ${t(w.title)}</text>`);
    for (const p of peers) {
      const r = summary[w.name][p].ratio;
      if (r) {
        const x0 = x(Math.max(r, lo));
        const x1 = x(1);
        const xa = Math.min(x0, x1);
        const wd = Math.max(1, Math.abs(x0 - x1));
        s.push(`<rect x="${xa.toFixed(1)}" y="${y}" width="${wd.toFixed(1)}" height="${barH}" fill="${colors[p]}"><title>${t(w.name)} vs ${t(p)}: ${fmtRatio(r)}</title></rect>`);
        const lxv = r >= 1 ? x0 + 4 : x0 - 4;
        s.push(`<text x="${lxv.toFixed(1)}" y="${y + barH - 3}" text-anchor="${r >= 1 ? "start" : "end"}" fill="#222">${t(p)} ${fmtRatio(r)}</text>`);
      } else {
        const why = summary[w.name].mcrepl && summary[w.name].mcrepl.n === 0 ? "mcrepl failed" : "no figure";
        s.push(`<text x="${(x(1) + 4).toFixed(1)}" y="${y + barH - 3}" fill="#888">${t(p)}: ${why}</text>`);
      }
      const target = (TARGETS[w.name] || {})[p];
      if (target) {
        const tx = x(target).toFixed(1);
        s.push(`<line x1="${tx}" y1="${y - 1}" x2="${tx}" y2="${y + barH + 1}" stroke="#c00" stroke-width="2"/>`);
      }
      y += barH + gap;
    }
    y += groupGap - gap;
  }
  s.push("</svg>");
  return s.join("\n") + "\n";
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack || e}\n`);
  process.exit(1);
});
