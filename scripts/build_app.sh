#!/usr/bin/env bash
# Build the one-folder app with PyInstaller on Linux, then smoke-test the frozen app:
# it must render the contacts screen of a demo workspace offscreen and exit 0.
# Usage: scripts/build_app.sh   (uses .venv/bin/python unless PYTHON is set; slow: minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "PyInstaller is missing: $PYTHON -m pip install 'pyinstaller>=6.6'" >&2
    exit 1
}
"$PYTHON" -m PyInstaller --noconfirm --clean build.spec  # the spec compiles the .qm files

APP=dist/gtgcrm/gtgcrm
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT
export GTGCRM_PASSPHRASE="Smoke-test: Correct Horse 42!" GTGCRM_NO_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen
"$PYTHON" scripts/make_demo_workspace.py "$SMOKE/workspace" >/dev/null
for language in ar en; do
    "$APP" --data-dir "$SMOKE/workspace" --screenshot "$SMOKE/contacts_$language.png" \
        --screen contacts --lang "$language"
    test -s "$SMOKE/contacts_$language.png"
done
"$APP" --data-dir "$SMOKE/workspace" contacts list --lang en | grep -q "Smith"
# The frozen app must also create a workspace itself (every migration, SQL and Python) and write.
"$APP" --data-dir "$SMOKE/fresh" init >/dev/null
"$APP" --data-dir "$SMOKE/fresh" contacts add --given "أحمد" --email ahmed@example.com >/dev/null
"$APP" --data-dir "$SMOKE/fresh" contacts list --search "احم" --lang en | grep -q "ahmed@example.com"
echo "Smoke test passed: $APP"
echo "Size of the one-folder app: $(du -sh dist/gtgcrm | cut -f1) ($(find dist/gtgcrm -type f | wc -l) files)"
