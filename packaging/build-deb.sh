#!/bin/sh
# Builds the Debian package with Debian's hardening flags and checks it with lintian.
#   packaging/build-deb.sh [BUILD_DIR]     (default: build/deb)
# Prints the path of the .deb; exits non-zero when the build fails or lintian reports an error.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/deb}
jobs=${JOBS:-2}

# Debian's CPPFLAGS/CXXFLAGS/LDFLAGS with all hardening: fortify, stack protector, PIE, RELRO, BIND_NOW.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS

cd "$here"
cmake --preset release -B "$build" -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j "$jobs"
(cd "$build" && cpack -G DEB -B "$build/package")

deb=$(ls -t "$build"/package/rapport_*.deb | head -n 1)
echo "Built $deb"
dpkg-deb --info "$deb"
echo "lintian:"
# --fail-on error: warnings are listed (and explained in packaging/README.md) but do not fail.
lintian --info --display-info --fail-on error "$deb"
echo "$deb"
