#!/usr/bin/env python3
"""Checks the minimum Rust version declared in Cargo.toml (`rust-version`).

This machine has one Rust toolchain and cannot fetch another, so the check is what can be
known without one: the declared version is not newer than the toolchain here, and no
dependency declares a newer `rust-version` than ours. Exits 1 with the offenders otherwise.
"""
import json
import re
import subprocess
import sys


def version(text):
    """`1.88` and `1.88.0` alike: (1, 88, 0)."""
    parts = [int(part) for part in re.findall(r"\d+", text)[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


metadata = json.loads(subprocess.run(
    ["cargo", "metadata", "--format-version", "1", "--locked"],
    check=True, capture_output=True, text=True).stdout)
ours = next(p for p in metadata["packages"] if p["name"] == "leafpress")["rust_version"]
rustc = subprocess.run(["rustc", "--version"], check=True, capture_output=True, text=True).stdout
problems = []
if version(rustc.split()[1]) < version(ours):
    problems.append(f"rust-version {ours} is newer than the toolchain here ({rustc.strip()})")
for package in metadata["packages"]:
    needed = package.get("rust_version")
    if needed and version(needed) > version(ours):
        problems.append(f"{package['name']} {package['version']} needs Rust {needed}")
for problem in problems:
    print(f"msrv: {problem}", file=sys.stderr)
print(f"msrv: rust-version {ours}: {'FAILED' if problems else 'ok'} "
      f"({len(metadata['packages'])} packages checked)")
sys.exit(1 if problems else 0)
