#!/usr/bin/env bash
# Builds Sổ Chi Bộ with its own trimmed Java runtime (jlink) and packages it with jpackage.
#
#   installer/build.sh app-image   Linux or macOS folder that runs without an installed Java (CI builds this)
#   installer/build.sh deb         Linux .deb (needs fakeroot and dpkg-deb; depends on libgtk-3-0)
#   installer/build.sh dmg         macOS .dmg (run on a Mac)
#
# Add --skip-build to reuse target/sochibo.jar and target/lib/ from an earlier `mvn package` or `mvn verify`.
# Output: target/installer/. Windows: installer/build-windows.ps1 (see installer/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

type="${1:-app-image}"
skip_build=false
for arg in "${@:2}"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    *) echo "Unknown option: $arg" >&2; exit 2 ;;
  esac
done
case "$type" in
  app-image|deb|rpm|dmg|pkg) ;;
  *) echo "Unknown package type: $type (app-image, deb, rpm, dmg or pkg)" >&2; exit 2 ;;
esac

if [ "$skip_build" = false ]; then
  mvn -B -ntp -q -DskipTests package
fi
[ -f target/sochibo.jar ] || { echo "target/sochibo.jar is missing: run without --skip-build" >&2; exit 1; }

# jpackage wants a plain version number: 0.1.0-SNAPSHOT becomes 0.1.0.
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)"
out=target/installer
rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/sochibo.jar "$out/input/"
cp target/lib/*.jar "$out/input/lib/"

# The Java modules the app and its libraries use (JavaFX stays on the class path, as in `java -jar`), plus
# the Vietnamese locale data so dates print in Vietnamese, and elliptic-curve crypto for the JDK's providers.
modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$out/input/lib/*" "$out/input/sochibo.jar")"
modules="$modules,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
echo "Runtime modules: $modules"
jlink --add-modules "$modules" --include-locales=vi,en \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$out/runtime"

common=(
  --name SoChiBo
  --app-version "$version"
  --vendor "Sổ Chi Bộ"
  --description "Sổ Chi Bộ: hồ sơ, biên bản và kiểm điểm của chi bộ"
  --copyright "AGPL-3.0-or-later"
  --input "$out/input"
  --main-jar sochibo.jar
  --main-class vn.sochibo.app.Launcher
  --runtime-image "$out/runtime"
  --java-options "-Dfile.encoding=UTF-8"
  --dest "$out"
)

case "$type" in
  app-image|deb|rpm)
    extra=(--icon installer/icons/sochibo.png)
    if [ "$type" != app-image ]; then
      extra+=(--license-file LICENSE --linux-shortcut --linux-menu-group Office
              --linux-app-category office --linux-package-name sochibo)
      [ "$type" = deb ] && extra+=(--linux-package-deps libgtk-3-0 --linux-deb-maintainer "sochibo@localhost")
    fi
    ;;
  dmg|pkg)
    # macOS wants an .icns: made here from the PNG with the system's own tools.
    iconset="$out/sochibo.iconset"
    mkdir -p "$iconset"
    for size in 16 32 128 256; do
      sips -z "$size" "$size" installer/icons/sochibo.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
    done
    iconutil -c icns "$iconset" -o "$out/sochibo.icns"
    extra=(--icon "$out/sochibo.icns" --license-file LICENSE --mac-package-name "Sổ Chi Bộ")
    ;;
esac

jpackage --type "$type" "${common[@]}" "${extra[@]}"
echo "Built in $out:"
ls -1 "$out"
