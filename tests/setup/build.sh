#!/usr/bin/env bash
# npm test's one build: plain `astro build`, its output also kept in .tmp/build.log so that
# tests/built/quiet-build.test.ts can prove a clean build prints no warning without building a second time.
set -euo pipefail
mkdir -p .tmp
astro build 2>&1 | tee .tmp/build.log
