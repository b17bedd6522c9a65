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

# The JDK whose jdeps, jlink and jpackage make the app's own runtime: JDK 25 or newer (docs/decisions/0015). Its
# class-data archive still maps after the app is installed somewhere else (JDK 17's only where it was made), and it
# rebuilds the archive itself when an installer did not keep the files' times. PACKAGING_JDK picks one; otherwise
# JAVA_HOME or the java on the PATH when new enough, else the newest JDK under /usr/lib/jvm or, on a Mac,
# /Library/Java/JavaVirtualMachines. The app itself is still built and tested with the JDK 17 that Maven runs on.
feature_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
packaging_jdk() {
  local candidates=("${PACKAGING_JDK:-}" "${JAVA_HOME:-}")
  if command -v java >/dev/null; then
    candidates+=("$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')")
  fi
  local newest="" newest_feature=0 dir feature
  for dir in "${candidates[@]}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$dir" ] && [ -x "$dir/bin/jpackage" ] || continue
    feature="$(feature_of "$dir")"
    if [ -n "${PACKAGING_JDK:-}" ] && [ "$dir" = "$PACKAGING_JDK" ]; then newest="$dir"; newest_feature="$feature"; break; fi
    if [ "${feature:-0}" -gt "$newest_feature" ]; then newest="$dir"; newest_feature="$feature"; fi
  done
  if [ -z "$newest" ] || [ "$newest_feature" -lt 25 ]; then
    echo "Packaging needs a JDK 25 or newer with jpackage (found: ${newest:-none} ${newest_feature}). Install one" \
      "(e.g. Temurin 25) and set PACKAGING_JDK to its folder." >&2
    exit 1
  fi
  echo "$newest"
}
jdk="$(packaging_jdk)"
echo "Packaging with $("$jdk/bin/java" -version 2>&1 | head -1) from $jdk"

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
modules="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$out/input/lib/*" "$out/input/sochibo.jar")"
modules="$modules,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
echo "Runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=vi,en \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --generate-cds-archive \
  --output "$out/runtime"

# 1. The application image: launcher, app and runtime in one folder.
image_options=(
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
  # Memory (docs/performance.md, 2026-11-27): the serial collector with a bounded heap that shrinks after a
  # collection, and C1 only. G1 and C2 took the window from ~230 MiB to 450-550 MiB during the daily backup and kept
  # it; with these ~280 MiB (ten-year cell). C1 code renders a PDF as fast here (the work is short), and the
  # command line, which shares this launcher on Linux and macOS, starts faster with it.
  --java-options "-XX:+UseSerialGC"
  --java-options "-Xms32m"
  --java-options "-Xmx512m"
  --java-options "-XX:MinHeapFreeRatio=10"
  --java-options "-XX:MaxHeapFreeRatio=30"
  --java-options "-XX:TieredStopAtLevel=1"
  # JavaFX 21's renderer uses sun.misc.Unsafe: allowed, so that the runtime does not warn about it at every start.
  # (--enable-native-access would silence the warning about its native libraries too, but the runtime's own
  # class-data archive was made without it and would then be refused.)
  --java-options "--sun-misc-unsafe-memory-access=allow"
  --dest "$out"
)
case "$type" in
  dmg|pkg)
    # macOS wants an .icns: made here from the PNG with the system's own tools.
    iconset="$out/sochibo.iconset"
    mkdir -p "$iconset"
    for size in 16 32 128 256; do
      sips -z "$size" "$size" installer/icons/sochibo.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
    done
    iconutil -c icns "$iconset" -o "$out/sochibo.icns"
    icon="$out/sochibo.icns"
    image="$out/SoChiBo.app"
    app_dir="$image/Contents/app"
    launcher="$image/Contents/MacOS/SoChiBo"
    ;;
  *)
    icon=installer/icons/sochibo.png
    image="$out/SoChiBo"
    app_dir="$image/lib/app"
    launcher="$image/bin/SoChiBo"
    ;;
esac
"$jdk/bin/jpackage" --type app-image --icon "$icon" "${image_options[@]}"

# 2. Class-data sharing (docs/decisions/0015): a training run of the packaged app records the classes it loads into
# an archive that later starts map instead of loading them again. The run makes a minutes PDF of a demo cell, then
# (sochibo.cdsTraining) opens the window once on that cell and closes it when shown, so that both the command line
# and the window start from the archive. Without a display (a Linux build server) it runs under xvfb-run when that
# is installed; otherwise the archive holds the command line's classes only.
# The archive is valid only for jars with the modification times it was made against, and a JVM never replaces an
# archive that does not match: the jars are set to one known time first, which the .deb's install script sets
# again (its copy loses them). The .dmg carries no archive (below): with none, -XX:+AutoCreateSharedArchive makes
# the JVM write one for the installed jars when the app first exits. JVM messages are off: a start without the
# archive is only slower, and the command line's output stays clean.
jar_time="$(TZ=UTC date +%Y%m%d%H%M.%S)"
find "$app_dir" -name '*.jar' -exec env TZ=UTC touch -t "$jar_time" {} +
training="$(mktemp -d)"
"$launcher" demo --data "$training/data" >/dev/null
meeting="$("$launcher" meetings list --data "$training/data" | awk -F'\t' 'NR==1 {print $NF}')"
wrap=()
if [ "$(uname)" = Linux ]; then
  wrap=(timeout 300)
  if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    wrap+=(xvfb-run -a)
  fi
fi
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app_dir/sochibo.jsa -Dsochibo.cdsTraining=true" \
  ${wrap[@]+"${wrap[@]}"} "$launcher" minutes pdf --data "$training/data" --meeting "$meeting" --out "$training/minutes.pdf" \
  >/dev/null 2>&1 || echo "The class-data training run failed; the archive may be missing" >&2
rm -rf "$training"
if [ -f "$app_dir/sochibo.jsa" ]; then
  cfg="$app_dir/SoChiBo.cfg"
  sed -i.bak '/^\[JavaOptions\]/a\
java-options=-XX:SharedArchiveFile=$APPDIR/sochibo.jsa\
java-options=-XX:+AutoCreateSharedArchive\
java-options=-Xlog:disable' "$cfg"
  rm -f "$cfg.bak"
  echo "Class-data archive: $(du -h "$app_dir/sochibo.jsa" | cut -f1)"
else
  echo "No class-data archive was written; the app works without it, only starts slower." >&2
fi

# 3. The installer, from that image.
case "$type" in
  deb|rpm)
    # jpackage's install script with the jars' times set back (installer/linux/postinst).
    resources="$out/linux-resources"
    mkdir -p "$resources"
    sed "s/SOCHIBO_JAR_TIME/$jar_time/" installer/linux/postinst > "$resources/postinst"
    "$jdk/bin/jpackage" --type "$type" --resource-dir "$resources" --app-image "$image" --name SoChiBo --app-version "$version" \
      --vendor "Sổ Chi Bộ" --description "Sổ Chi Bộ: hồ sơ, biên bản và kiểm điểm của chi bộ" \
      --license-file LICENSE --linux-shortcut --linux-menu-group Office --linux-app-category office \
      --linux-package-name sochibo \
      $( [ "$type" = deb ] && echo --linux-package-deps libgtk-3-0 --linux-deb-maintainer sochibo@localhost ) \
      --dest "$out"
    ;;
  dmg|pkg)
    # No archive in the .dmg: its copy does not keep the jars' times; the first exit writes one (above).
    rm -f "$app_dir/sochibo.jsa"
    "$jdk/bin/jpackage" --type "$type" --app-image "$image" --name SoChiBo --app-version "$version" \
      --license-file LICENSE --mac-package-name "Sổ Chi Bộ" --dest "$out"
    ;;
esac
echo "Built in $out:"
ls -1 "$out"
