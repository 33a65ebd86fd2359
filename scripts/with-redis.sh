#!/usr/bin/env bash
# Run a command against a throw-away Redis server on 127.0.0.1, then stop it.
# Usage: scripts/with-redis.sh COMMAND [ARGS...]   (CACHE_URL is exported to COMMAND)
set -euo pipefail

if ! command -v redis-server >/dev/null; then
  echo "redis-server not found (apt-get install redis-server)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/archive-redis.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
  --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
cleanup() {
  kill "$(cat "$dir/redis.pid" 2>/dev/null)" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
for _ in $(seq 50); do
  redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
  sleep 0.1
done

export CACHE_URL="redis://127.0.0.1:$port/0"
echo "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$port (throw-away)"
"$@"
