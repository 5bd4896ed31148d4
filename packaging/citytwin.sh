#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CityTwin Console developers
#
# One entry point for set-up, build, run and test on Debian 12 (as root, or with sudo available).
#   packaging/citytwin.sh run     install missing packages, build, generate the demo twin once, start the console
#   packaging/citytwin.sh test    install missing packages, build, run the whole test suite (under xvfb-run)
#   packaging/citytwin.sh bench   build and run the benchmarks at full scale (by hand; slow)
#   packaging/citytwin.sh deb     build the .deb package
# Packages come from packaging/debian-packages.txt, the single list also used by the .deb.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
action=${1:-run}
shift || true
preset=${CITYTWIN_PRESET:-dev}
[ "${CI:-}" = "true" ] && preset=${CITYTWIN_PRESET:-ci}
build="$root/build/$preset"
jobs=${CITYTWIN_JOBS:-$(nproc)}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

packages_for() {
  # $@: tags to include (build run test)
  local tags="$*"
  grep -vE '^\s*(#|$)' "$root/packaging/debian-packages.txt" | while read -r name tag _; do
    case " $tags " in *" $tag "*) echo "$name" ;; esac
  done
}

install_packages() {
  local wanted missing=()
  wanted=$(packages_for "$@")
  for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  say "configuring ($preset) in $build"
  cmake --preset "$preset" -S "$root" >/dev/null
  say "building with $jobs jobs"
  cmake --build "$build" -j "$jobs"
}

with_display() {
  if [ -n "${DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
  fi
}

demo_twin() {
  local twin="$build/demo/tsukuba-demo.gpkg"
  if [ ! -f "$twin" ]; then
    mkdir -p "$build/demo"
    local real=()
    if [ -d "$root/../shared/data/tsukuba" ]; then
      real=(--real-data "$root/../shared/data/tsukuba")
    fi
    say "generating the demo twin (once) at $twin" >&2
    "$build/bin/citytwin-cli" generate --scale 1 --seed 1 "${real[@]}" -o "$twin.part" >&2
    mv "$twin.part" "$twin"
  fi
  echo "$twin"
}

case "$action" in
  run)
    install_packages build run
    configure_and_build
    twin=$(demo_twin)
    say "starting the console on $twin"
    if [ -z "${DISPLAY:-}" ]; then
      echo "No DISPLAY: the console runs inside a virtual X server (xvfb-run). Pass --screenshot OUT.png to see a frame." >&2
    fi
    with_display "$build/bin/citytwin" --twin "$twin" "$@"
    ;;
  test)
    install_packages build run test
    configure_and_build
    say "running the test suite"
    cd "$build"
    with_display ctest --output-on-failure --timeout 900 -j "${CITYTWIN_TEST_JOBS:-2}" "$@"
    ;;
  bench)
    install_packages build run test
    configure_and_build
    cd "$build"
    # Each benchmark at its full default scale; pass arguments to all, e.g. `bench --runs 1`.
    find "$build" -type f -executable -name 'bench_*' | sort | while read -r b; do
      say "$b"
      with_display "$b" "$@" || echo "(failed: $b)"
    done
    ;;
  deb)
    install_packages build run
    CITYTWIN_PRESET=release preset=release build="$root/build/release" configure_and_build
    cd "$root/build/release" && cpack -G DEB
    ;;
  *)
    echo "usage: packaging/citytwin.sh run|test|bench|deb [arguments]" >&2
    exit 2
    ;;
esac
