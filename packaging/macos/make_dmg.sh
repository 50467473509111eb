#!/usr/bin/env bash
# Pack the PyInstaller .app into a compressed .dmg (with an Applications link), signing the app
# and the image first when SIGN=true, and notarising and stapling the image when NOTARISE=true.
# Usage: packaging/macos/make_dmg.sh "dist/GTG CRM.app" dist/GTG-CRM.dmg
# Signing:     MACOS_CERTIFICATE_P12 (base64), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY
# Notarising:  APPLE_ID, APPLE_TEAM_ID, APPLE_NOTARY_PASSWORD (an app-specific password)
set -euo pipefail
app=${1:?the .app to pack}
dmg=${2:?the .dmg to write}
here=$(cd "$(dirname "$0")" && pwd)

if [ "${SIGN:-false}" = true ]; then
  keychain="$RUNNER_TEMP/signing.keychain-db"
  keychain_password=$(uuidgen)
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  echo "$MACOS_CERTIFICATE_P12" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
  security import "$RUNNER_TEMP/certificate.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP/certificate.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain"
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  codesign --force --deep --options runtime --timestamp \
    --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGNING_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "No signing certificate: the .app and .dmg stay unsigned (Gatekeeper will warn)."
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "GTG CRM" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ "${SIGN:-false}" = true ]; then
  codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
fi
if [ "${SIGN:-false}" = true ] && [ "${NOTARISE:-false}" = true ]; then
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_NOTARY_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "Not notarised (needs signing and the notary secrets)."
fi
echo "Wrote $dmg"
