#!/usr/bin/env bash
# The system tools the tests read our output back with -- real tools, not stand-ins:
# poppler's pdftotext/pdftoppm, qpdf, the DejaVu fonts, and khal (a calendar client that
# imports our calendar export). `make test` runs this first.
# As root with apt-get it installs what is missing; otherwise it says how and the tests that
# need a missing tool are skipped, naming it.
set -uo pipefail
declare -A NEED=([pdftotext]=poppler-utils [pdftoppm]=poppler-utils [qpdf]=qpdf [khal]=khal)
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf
missing=()
for tool in "${!NEED[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${NEED[$tool]}")
done
[ -e "$FONT" ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0
packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Tests that read our output back need: ${packages}(install them, e.g. sudo apt-get install -y ${packages}); those tests are skipped until then."
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing the test tools: ${packages}"
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $packages >/dev/null \
  || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $packages >/dev/null; } \
  || { echo "apt-get could not install ${packages}"; exit 1; }
