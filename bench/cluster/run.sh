#!/usr/bin/env bash
# Cluster benchmark: one run spread over W worker processes (each with its own `chatswarm simulate`, since one simulator
# process also holds at most ~19,000 polls) vs the one-process run at the baseline size, same poll hold and window.
# Prints one table: sessions, processes, polls, 5509 count, CPU per poll, and the coordinator's CPU and peak RSS.
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

# Samples a process's CPU seconds (utime+stime) and peak RSS (VmHWM, kB) into FILE until it exits.
watch_process() {
  local pid=$1 file=$2
  while [ -r "/proc/$pid/stat" ]; do
    local ticks hwm
    ticks=$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null) || break
    hwm=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null) || break
    # An exited process not yet reaped keeps its stat but loses VmHWM: keep the last full sample.
    [ -n "$ticks" ] && [ -n "$hwm" ] || break
    echo "$ticks $hwm" > "$file"
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
grace_period: 20s
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
done
wait "$coord_pid" || true
cluster_report=$(ls "$out"/runs/cluster/*/report.json | head -1)

python3 - "$one_report" "$out/runs/one.cpu" "$cluster_report" "$out/runs/coordinator.cpu" "$sessions" "$workers" "$baseline" <<'PY'
import json, sys
one, one_cpu, clus, coord_cpu, sessions, workers, baseline = sys.argv[1:]
tck = 100.0
def cpu(path):
    ticks, hwm = open(path).read().split()
    return float(ticks) / tck, int(hwm) * 1024
def count(r, code):
    return sum(e["count"] for e in r["errors"] if e["code"] == code)
o = json.load(open(one)); c = json.load(open(clus))
o_cpu, o_rss = cpu(one_cpu)
w_cpu = sum(w["cpu_seconds"] for w in c["workers"])
c_cpu, c_rss = cpu(coord_cpu)
o_per = o_cpu / max(1, o["polls"]["count"]) * 1e6
c_per = w_cpu / max(1, c["polls"]["count"]) * 1e6
print(f"| run | sessions | processes | peak concurrent | polls | 5509 | CPU s | CPU per poll (us) | ratio | peak RSS |")
print(f"|---|---|---|---|---|---|---|---|---|---|")
print(f"| one process | {baseline} | 1 | {o['sessions']['peak_concurrent']} | {o['polls']['count']} | {count(o,5509)} | {o_cpu:.1f} | {o_per:.0f} | 1.00 | {o_rss/2**20:.0f} MB |")
print(f"| cluster workers | {sessions} | {workers} | {c['sessions']['peak_concurrent']} | {c['polls']['count']} | {count(c,5509)} | {w_cpu:.1f} | {c_per:.0f} | {c_per/o_per:.2f} | {max(w['peak_rss_bytes'] for w in c['workers'])/2**20:.0f} MB max |")
print(f"| coordinator | | 1 | | | | {c_cpu:.1f} | | | {c_rss/2**20:.0f} MB |")
for w in c["workers"]:
    print(f"|  worker {w['index']+1} {w['name']} | {w['sessions']} started | | | | | {w['cpu_seconds']:.1f} | | | {w['peak_rss_bytes']/2**20:.0f} MB |")
PY
