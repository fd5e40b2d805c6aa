#!/usr/bin/env python3
# Prints, for every key of workerd's Cloudflare.compatibilityFlags, the date from which the flag
# is on by default ("always" when it is on at 2020-01-01, empty when it is off at the binary's own
# date), by sampling `workerd test` monthly from 2020-01-01 and bisecting each change to the day.
# The third column of flags/workerd-flags.tsv is its output. About 300 runs of workerd, ~15 s.
#
#   WORKERD=/path/to/workerd LAST=2026-11-23 python3 flags/testdata/record_dates.py
import datetime, json, os, subprocess, tempfile

WORKERD = os.environ.get('WORKERD', '/work/tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd')
LAST = datetime.date.fromisoformat(os.environ.get('LAST', '2026-11-23'))
CONFIG = '''using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .w) ] );
const w :Workerd.Worker = ( modules = [ (name = "w.mjs", esModule = embed "w.mjs") ], compatibilityDate = "%s" );
'''
cache = {}

def flags_at(d):
    if d not in cache:
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, 'w.mjs'), 'w') as f:
                f.write('export default { async test() { console.log(JSON.stringify(Cloudflare.compatibilityFlags)); } };\n')
            with open(os.path.join(tmp, 'c.capnp'), 'w') as f:
                f.write(CONFIG % d.isoformat())
            out = subprocess.run([WORKERD, 'test', os.path.join(tmp, 'c.capnp')], capture_output=True, text=True).stdout
        cache[d] = json.loads(next(l for l in out.splitlines() if l.startswith('{')))
    return cache[d]

samples, d = [], datetime.date(2020, 1, 1)
while d < LAST:
    samples.append(d)
    d = (d.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
samples.append(LAST)
states = [flags_at(s) for s in samples]
for k in states[-1]:
    vals = [st[k] for st in states]
    if all(vals):
        print(k + '\talways')
        continue
    if not vals[-1]:
        print(k + '\t')
        continue
    i = max(j for j, v in enumerate(vals) if not v) + 1
    lo, hi = samples[i - 1], samples[i]
    while (hi - lo).days > 1:
        mid = lo + (hi - lo) // 2
        if flags_at(mid)[k]:
            hi = mid
        else:
            lo = mid
    print(k + '\t' + hi.isoformat())
