# Builds the Windows installer of Sổ Chi Bộ: a per-user .msi (no administrator rights) with its own trimmed Java
# runtime, Start-menu and desktop shortcuts, and a fixed upgrade code so a newer version upgrades in place.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-SkipBuild] [-Type msi|exe|app-image]
#
# Needs: a JDK 25 for packaging (its jdeps, jlink, jpackage: $env:PACKAGING_JDK, else $env:JAVA_HOME), Maven (on
# the JDK 17 or 25 it finds), and for msi/exe the WiX Toolset 3.14 (candle.exe and light.exe on the PATH).
# Output: target\installer\. Step by step: installer\README.md. Why JDK 25: docs\decisions\0015.
param(
    [ValidateSet("msi", "exe", "app-image")] [string] $Type = "msi",
    [switch] $SkipBuild
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

# Never change: Windows recognises a newer Sổ Chi Bộ as an upgrade of the installed one by this code.
$UpgradeUuid = "8eaf6747-7183-463f-80a2-0cdaed0d4080"

function Invoke-Checked([string] $exe, [string[]] $arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

# The packaging JDK: 25 or newer, so that the runtime's class-data archive survives being installed elsewhere
# (docs/decisions/0015-packaged-runtime-and-class-data.md).
$jdk = if ($env:PACKAGING_JDK) { $env:PACKAGING_JDK } else { $env:JAVA_HOME }
if (-not $jdk -or -not (Test-Path "$jdk\bin\jpackage.exe")) {
    throw "Set PACKAGING_JDK (or JAVA_HOME) to a JDK 25 folder, e.g. C:\Program Files\Eclipse Adoptium\jdk-25..."
}
# cmd does the 2>&1: PowerShell 5 turns a native program's standard error into errors, which "Stop" would throw.
$settings = & cmd /c "`"$jdk\bin\java.exe`" -XshowSettings:properties -version 2>&1"
$feature = [int](($settings | Select-String "java.specification.version = ") -replace ".*= ", "")
if ($feature -lt 25) { throw "Packaging needs a JDK 25 or newer; $jdk is $feature" }
Write-Host "Packaging with the JDK $feature in $jdk"

if (-not $SkipBuild) {
    Invoke-Checked "mvn" @("-B", "-ntp", "-q", "-DskipTests", "package")
}
if (-not (Test-Path "target\sochibo.jar")) { throw "target\sochibo.jar is missing: run without -SkipBuild" }

# jpackage wants a plain version number: 0.1.0-SNAPSHOT becomes 0.1.0.
[xml] $pom = Get-Content "pom.xml" -Encoding UTF8
$version = ($pom.project.version -split "-")[0]

$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item "target\sochibo.jar" "$out\input\"
Copy-Item "target\lib\*.jar" "$out\input\lib\"

# The Java modules the app uses (JavaFX stays on the class path, as in `java -jar`), plus the Vietnamese locale
# data so dates print in Vietnamese.
$modules = (& "$jdk\bin\jdeps.exe" --multi-release 17 --ignore-missing-deps --print-module-deps `
    --class-path "$out\input\lib\*" "$out\input\sochibo.jar").Trim()
if ($LASTEXITCODE -ne 0) { throw "jdeps failed" }
$modules = "$modules,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
Write-Host "Runtime modules: $modules"
Invoke-Checked "$jdk\bin\jlink.exe" @("--add-modules", $modules, "--include-locales=vi,en", "--strip-debug", "--no-man-pages",
    "--no-header-files", "--compress=zip-6", "--generate-cds-archive", "--output", "$out\runtime")

# 1. The application image: both launchers, the app and the runtime in one folder.
Invoke-Checked "$jdk\bin\jpackage.exe" @(
    "--type", "app-image",
    "--name", "SoChiBo",
    "--app-version", $version,
    # ASCII only in what WiX writes into the .msi: its database code page is 1252, which has no Vietnamese
    # letters, and light.exe refuses them (LGHT0311). The app itself shows Vietnamese as usual.
    "--vendor", "So Chi Bo",
    "--description", "So Chi Bo - ho so, bien ban va kiem diem cua chi bo",
    "--copyright", "AGPL-3.0-or-later",
    "--input", "$out\input",
    "--main-jar", "sochibo.jar",
    "--main-class", "vn.sochibo.app.Launcher",
    "--runtime-image", "$out\runtime",
    "--java-options", "-Dfile.encoding=UTF-8",
    # Memory and start-up (docs/performance.md, 2026-11-27), as in build.sh: the serial collector, a bounded heap
    # that shrinks after a collection, C1 only. SoChiBoCLI.exe inherits these options (its properties file sets
    # none), measured for the command line too.
    "--java-options", "-XX:+UseSerialGC",
    "--java-options", "-Xms32m",
    "--java-options", "-Xmx512m",
    "--java-options", "-XX:MinHeapFreeRatio=10",
    "--java-options", "-XX:MaxHeapFreeRatio=30",
    "--java-options", "-XX:TieredStopAtLevel=1",
    # JavaFX 21's renderer uses sun.misc.Unsafe: allowed, so that the runtime does not warn about it at every start.
    "--java-options", "--sun-misc-unsafe-memory-access=allow",
    "--icon", "installer\icons\sochibo.ico",
    # A second launcher with a console window, for the command line (SoChiBo.exe has none: it is the window).
    "--add-launcher", "SoChiBoCLI=installer\windows-cli-launcher.properties",
    "--dest", $out
)
$image = "$out\SoChiBo"

# 2. Class-data sharing, as in build.sh: a training run records the classes a minutes PDF needs, then (with
# sochibo.cdsTraining) opens the window once on the demo cell and closes it when shown, into an archive that later
# starts map instead of loading them again. Without it the app works, only starts slower. JVM messages are off, so
# that the command line's output stays clean. The .msi does not carry this archive (below).
$training = Join-Path ([System.IO.Path]::GetTempPath()) ("sochibo-training-" + [guid]::NewGuid())
$cli = "$image\SoChiBoCLI.exe"
Invoke-Checked $cli @("demo", "--data", "$training\data") | Out-Null
$meeting = ((& $cli meetings list --data "$training\data") | Select-Object -First 1).Split("`t")[-1]
$env:JAVA_TOOL_OPTIONS = "-XX:ArchiveClassesAtExit=$image\app\sochibo.jsa -Dsochibo.cdsTraining=true"
& $cli minutes pdf --data "$training\data" --meeting $meeting --out "$training\minutes.pdf" | Out-Null
Remove-Item Env:\JAVA_TOOL_OPTIONS
Remove-Item -Recurse -Force $training
if (Test-Path "$image\app\sochibo.jsa") {
    foreach ($cfg in @("$image\app\SoChiBo.cfg", "$image\app\SoChiBoCLI.cfg")) {
        $lines = Get-Content $cfg
        $at = [array]::IndexOf($lines, "[JavaOptions]")
        $lines = $lines[0..$at] + @(
            'java-options=-XX:SharedArchiveFile=$APPDIR\sochibo.jsa',
            "java-options=-XX:+AutoCreateSharedArchive",
            "java-options=-Xlog:disable"
        ) + $lines[($at + 1)..($lines.Length - 1)]
        Set-Content -Path $cfg -Value $lines -Encoding ASCII
    }
} else {
    Write-Warning "No class-data archive was written; the app works without it, only starts slower."
}

# 3. The installer, from that image. Without the archive: it is only valid for jars with the times it was made
# against, which the installer's copy does not promise to keep, and a JVM never replaces an archive that does not
# match. With none, -XX:+AutoCreateSharedArchive has the JVM write one for the installed jars when the app first
# exits (the per-user install folder is the user's own); later starts map it (docs/decisions/0015).
if ($Type -ne "app-image") {
    Remove-Item -Force -ErrorAction SilentlyContinue "$image\app\sochibo.jsa"
    Invoke-Checked "$jdk\bin\jpackage.exe" @(
        "--type", $Type,
        "--app-image", $image,
        "--name", "SoChiBo",
        "--app-version", $version,
        "--vendor", "So Chi Bo",
        "--description", "So Chi Bo - ho so, bien ban va kiem diem cua chi bo",
        "--license-file", "LICENSE",
        "--win-per-user-install",
        "--win-dir-chooser",
        "--win-menu", "--win-menu-group", "So Chi Bo",
        "--win-shortcut",
        "--win-upgrade-uuid", $UpgradeUuid,
        "--dest", $out
    )
}
Write-Host "Built in ${out}:"
Get-ChildItem $out | ForEach-Object { Write-Host "  $($_.Name)" }
