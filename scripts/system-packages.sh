#!/usr/bin/env bash
# Install the Debian packages packstation's tests and window need, when they are missing.
set -euo pipefail

packages=(
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core   # label and report glyphs: Thai, Vietnamese, CJK, Latin
  postgresql                                         # central-store tests start their own server
  libpulse0                                          # QtMultimedia (sounds)
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0 libxcb-render-util0  # Qt xcb window
  libgl1 libegl1 libfontconfig1 libdbus-1-3          # Qt runtime
  xvfb xdotool                                       # UI smoke tests: a real X server, real key events
  openssl                                            # alert tests make a throw-away TLS certificate
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "packstation: please install these system packages: ${missing[*]}" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "packstation: not root and no sudo; install: ${missing[*]}" >&2
    exit 0
  fi
fi

echo "packstation: installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
