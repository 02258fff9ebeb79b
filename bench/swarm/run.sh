#!/usr/bin/env bash
# Swarm benchmark: raw HttpClient long-poll floor vs ChatSwarm customers, same sessions, simulator in its own process.
# Usage: bench/swarm/run.sh [sessions...] [--window 30s] [--poll-hold 5s] [--settle 5s] [--repeat 1]     (default: 1000 5000 10000)
#        bench/swarm/run.sh smoke [SESSIONS]     the whole smoke scenario vs the floor, peak RSS, on the profile's tenant and on one with a seat per customer (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=bench/swarm/out
dotnet build src/ChatSwarm.Cli -c Release -o "$out/cli" --nologo -v q -clp:NoSummary >/dev/null
dotnet build bench/swarm/ChatSwarm.Bench.Swarm.csproj -c Release -o "$out/bench" --nologo -v q -clp:NoSummary >/dev/null
if [ "${1:-}" = smoke ]; then
  shift
  dotnet "$out/bench/ChatSwarm.Bench.Swarm.dll" smoke "$out/cli/chatswarm.dll" "$@"
else
  dotnet "$out/bench/ChatSwarm.Bench.Swarm.dll" all "$out/cli/chatswarm.dll" "$@"
fi
