#!/usr/bin/env bash
# Cluster benchmark: one run spread over W worker processes (each with its own `chatswarm simulate`, since one simulator
# process also holds at most ~19,000 polls) vs the one-process run at the baseline size, same poll hold and window.
# Prints one table: sessions, processes, polls, 5509 count and CPU per poll in a steady window of the constant phase
# (the processes' own CPU over the polls the report's timeline counts in that window), the coordinator's CPU and peak RSS.
# Usage: bench/cluster/run.sh [SESSIONS] [WORKERS] [--window 60s] [--poll-hold 5s] [--ramp 30s] [--baseline 10000]
#        (default 50000 sessions over 3 workers; run it on a quiet machine: it saturates both cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
sessions=50000 workers=3 window=60s hold=5s ramp=30s baseline=10000
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --window) window=$2; shift 2 ;;
    --poll-hold) hold=$2; shift 2 ;;
    --ramp) ramp=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && sessions=${positional[0]}
[ ${#positional[@]} -ge 2 ] && workers=${positional[1]}
out=$(pwd)/bench/cluster/out
rm -rf "$out/runs"; mkdir -p "$out/runs"
dotnet build src/ChatSwarm.Cli -c Release -o "$out/cli" --nologo -v q -clp:NoSummary >/dev/null
cli="dotnet $out/cli/chatswarm.dll"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# Appends "EPOCH CPU-TICKS VmHWM-kB" for a process to FILE every half second until it exits.
watch_process() {
  local pid=$1 file=$2
  while [ -r "/proc/$pid/stat" ]; do
    local ticks hwm
    ticks=$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null) || break
    hwm=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null) || break
    # An exited process not yet reaped keeps its stat but loses VmHWM: keep the last full sample.
    [ -n "$ticks" ] && [ -n "$hwm" ] || break
    echo "$(date +%s.%N) $ticks $hwm" >> "$file"
    sleep 0.5
  done
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_simulator() {  # PORT -> starts a simulator without agents: every chat stays queued and its customer only long-polls (as bench/swarm)
  local port=$1
  $cli simulate --urls "http://127.0.0.1:$port" --agents 0 --poll-hold "$hold" --seed 3 \
    > "$out/runs/sim-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do grep -qi listening "$out/runs/sim-$port.log" && return; sleep 0.5; done
  echo "simulator on $port did not start" >&2; exit 1
}

profile() {  # SESSIONS -> a profile with a ramp and a constant window of long-polling customers that never end their chats
  cat > "$out/runs/idle.yaml" <<'YAML'
name: idle
conversation:
  - wait: 1h
YAML
  cat <<YAML
name: cluster-bench
phases:
  - ramp: {from: 0, to: $1, duration: $ramp}
  - constant: {sessions: $1, duration: $window}
mix:
  - {script: idle.yaml, weight: 1}
grace_period: 60s
customers_per_supervisor: 1000
YAML
}

# The one-process baseline.
port=$(free_port); start_simulator "$port"
profile "$baseline" > "$out/runs/baseline.yaml"
(cd "$out/runs" && exec $cli run baseline.yaml --tenant "http://127.0.0.1:$port/" --tenant-url sim.chatswarm.local --app-id chatswarm-sim \
  --out one > baseline.log 2>&1) &
one_pid=$!
watch_process "$one_pid" "$out/runs/one.cpu" &
wait "$one_pid" || true
one_report=$(ls "$out"/runs/one/*/report.json | head -1)
kill "${pids[-1]}" 2>/dev/null || true   # the baseline's simulator

# The cluster run: one simulator per worker (the coordinator probes the first), the coordinator, W workers.
per=$(( sessions / workers + 1 ))
sims=()
for i in $(seq 1 "$workers"); do port=$(free_port); start_simulator "$port"; sims+=("$port"); done
profile "$sessions" > "$out/runs/cluster.yaml"
cport=$(free_port)
(cd "$out/runs" && exec $cli run cluster.yaml --tenant "http://127.0.0.1:${sims[0]}/" --tenant-url sim.chatswarm.local --app-id chatswarm-sim \
  --workers "$workers" --listen "127.0.0.1:$cport" --join-timeout 2m --out cluster > coordinator.log 2>&1) &
coord_pid=$!
watch_process "$coord_pid" "$out/runs/coordinator.cpu" &
for _ in $(seq 1 120); do grep -q "worker --join" "$out/runs/coordinator.log" 2>/dev/null && break; sleep 0.5; done
for i in $(seq 1 "$workers"); do
  mkdir -p "$out/runs/w$i"
  (cd "$out/runs/w$i" && exec $cli worker --join "127.0.0.1:$cport" --listen 127.0.0.1:0 --tenant "http://127.0.0.1:${sims[$((i-1))]}/" > worker.log 2>&1) &
  pids+=($!)
  watch_process "$!" "$out/runs/w$i.cpu" &
done
wait "$coord_pid" || true
cluster_report=$(ls "$out"/runs/cluster/*/report.json | head -1)

python3 - "$out/runs" "$one_report" "$cluster_report" "$sessions" "$workers" "$baseline" "$ramp" "$window" <<'PY'
import datetime, glob, json, os, sys
runs, one, clus, sessions, workers, baseline, ramp, window = sys.argv[1:]
TCK = 100.0
def secs(text):
    return float(text[:-1]) * (60 if text.endswith("m") else 1) if text[-1] in "sm" else float(text)
def samples(path):
    return [tuple(float(x) for x in line.split()) for line in open(path) if len(line.split()) == 3]
def cpu_at(rows, when):  # CPU seconds at epoch `when`, linear between the samples around it
    before = [r for r in rows if r[0] <= when]; after = [r for r in rows if r[0] >= when]
    if not before or not after: raise SystemExit(f"no CPU sample around {when}: the process ended before the window")
    a, b = before[-1], after[0]
    f = 0 if b[0] == a[0] else (when - a[0]) / (b[0] - a[0])
    return (a[1] + f * (b[1] - a[1])) / TCK
def total(rows): return rows[-1][1] / TCK
def peak(rows): return max(r[2] for r in rows) * 1024
def count(r, code): return sum(e["count"] for e in r["errors"] if e["code"] == code)
# The steady window: the constant phase after 10 s of settling, ending 2 s before it does.
settle = 10.0
def window_of(report):
    start = datetime.datetime.fromisoformat(report["run"]["started_at"]).timestamp()
    return start + secs(ramp) + settle, start + secs(ramp) + secs(window) - 2, secs(ramp) + settle, secs(ramp) + secs(window) - 2
def polls_in(report, t0, t1):
    return sum(p["steps"].get("get_new_chat_events", {}).get("count", 0) for p in report["timeline"] if t0 < p["t"] <= t1)
o = json.load(open(one)); c = json.load(open(clus))
one_rows = samples(os.path.join(runs, "one.cpu"))
e0, e1, t0, t1 = window_of(o)
o_polls = polls_in(o, t0, t1); o_cpu = cpu_at(one_rows, e1) - cpu_at(one_rows, e0)
worker_rows = [samples(p) for p in sorted(glob.glob(os.path.join(runs, "w*.cpu")))]
coord_rows = samples(os.path.join(runs, "coordinator.cpu"))
e0, e1, t0, t1 = window_of(c)
c_polls = polls_in(c, t0, t1); w_cpu = sum(cpu_at(rows, e1) - cpu_at(rows, e0) for rows in worker_rows)
co_cpu = cpu_at(coord_rows, e1) - cpu_at(coord_rows, e0)
o_per = o_cpu / max(1, o_polls) * 1e6; c_per = w_cpu / max(1, c_polls) * 1e6
print(f"steady window: {t1 - t0:.0f} s of the constant phase (from {settle:.0f} s after the ramp); CPU is the processes' own (utime+stime)")
print("| run | sessions | processes | peak concurrent | polls in window | 5509 (whole run) | CPU s in window | CPU per poll (us) | ratio | peak RSS |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print(f"| one process | {baseline} | 1 | {o['sessions']['peak_concurrent']} | {o_polls} | {count(o,5509)} | {o_cpu:.1f} | {o_per:.0f} | 1.00 | {peak(one_rows)/2**20:.0f} MB |")
print(f"| cluster workers | {sessions} | {workers} | {c['sessions']['peak_concurrent']} | {c_polls} | {count(c,5509)} | {w_cpu:.1f} | {c_per:.0f} | {c_per/o_per:.2f} | {max(peak(r) for r in worker_rows)/2**20:.0f} MB max |")
print(f"| coordinator | | 1 | | | | {co_cpu:.1f} | | | {peak(coord_rows)/2**20:.0f} MB |")
for w in c["workers"]:
    print(f"|  worker {w['index']+1} {w['name']} | {w['sessions']} started | | | | | {w['cpu_seconds']:.1f} whole run | | | {w['peak_rss_bytes']/2**20:.0f} MB |")
print(f"run: {c['sessions']}")
PY
