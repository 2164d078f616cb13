#!/usr/bin/env python3
"""Growth benchmark: does 4x the input cost at most 6x the CPU time? (issue #21, row 10)

    scripts/growth-bench.py [--binary PATH] [--scale F] [--memory]

Generates each input at 1x and 4x its size in a temporary site, runs the release binary on
it and prints the CPU time (user + sys) and peak memory of each run and the 4x/1x ratio of CPU
time. An input whose cost grew with the square of its size shows a ratio near 16; linear
growth shows about 4. The inputs:

Sizes are bytes for `check` and counts (headings, messages, sources, levels) for the others.

- check:        `leafpress check` on one big leaflet full of problems (broken links, raw HTML,
                long sentences): a diagnostic position per problem.
- headings:     `leafpress build` of a leaflet whose headings are all the same text.
- fluent:       `leafpress build` with thousands of Fluent messages in one file.
- yaml:         `leafpress build` of a leaflet whose front matter lists thousands of sources.
- *-nesting:    Fluent placeables, YAML brackets and raw `<div>`s nested 25,000 (1x) and
                100,000 (4x) deep: refused with an error (exit 1), in time that grows linearly.

--binary runs another build (e.g. an older one, to compare). --scale multiplies every size.
--memory also builds a 50 MB leaflet and prints its peak memory as a multiple of its size.
Takes under a minute with the release binary (--memory adds a few seconds).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 6.0

SITE_YAML = """title: Growth
base_url: https://example.org/
default_language: en
languages:
  - code: en
    name: English
"""


def leaflet(title, body, front=""):
    return f"---\ntitle: {title}\n{front}---\n{body}"


def check_site(size):
    """One leaflet of about `size` bytes; every paragraph has three problems."""
    paragraph = (
        "When you feel unwell after the treatment, and the feeling goes on for more than a day "
        "or two, or it comes back again and again even though you rest and drink enough water, "
        "call the clinic, see [the card](missing.md) and <span>this note</span> at once.\n\n"
    )
    return {"content/en/big.md": leaflet("Big", paragraph * (size // len(paragraph)))}


def headings_site(count):
    return {"content/en/same.md": leaflet("Same", "## Same heading\n\nText.\n\n" * count)}


def fluent_site(count):
    messages = "".join(f"message-{i} = Text of message {i}.\n" for i in range(count))
    return {
        "content/en/a.md": leaflet("A", "Text.\n"),
        "locales/en/big.ftl": messages,
    }


def yaml_site(count):
    sources = "".join(
        f"  - title: Source {i}\n    url: https://example.org/{i}\n" for i in range(count)
    )
    return {"content/en/a.md": leaflet("A", "Text.\n", f"sources:\n{sources}")}


def fluent_nesting_site(depth):
    text = "msg = " + "{ " * depth + '"x"' + " }" * depth + "\n"
    return {"content/en/a.md": leaflet("A", "Text.\n"), "locales/en/deep.ftl": text}


def yaml_nesting_site(depth):
    return {"content/en/a.md": leaflet("A", "Text.\n", f"tags: {'[' * depth}{']' * depth}\n")}


def html_nesting_site(depth):
    body = "Text.\n\n" + "<div>" * depth + "x" + "</div>" * depth + "\n"
    return {"content/en/a.md": leaflet("A", body)}


# name, command, generator, size at 1x, exit code expected
CASES = [
    ("check", "check", check_site, 2_000_000, 1),
    ("headings", "build", headings_site, 20_000, 0),
    ("fluent", "build", fluent_site, 50_000, 0),
    ("yaml", "build", yaml_site, 40_000, 0),
    ("fluent-nesting", "build", fluent_nesting_site, 25_000, 1),
    ("yaml-nesting", "build", yaml_nesting_site, 25_000, 1),
    ("html-nesting", "build", html_nesting_site, 25_000, 1),
]


def write_site(folder, files):
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "content/en").mkdir(parents=True)
    (folder / "site.yaml").write_text(SITE_YAML)
    for path, text in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return sum(len(text) for text in files.values())


def run(binary, command, folder):
    """Runs the binary; returns (exit code, CPU seconds, peak memory in MB, wall seconds)."""
    args = [str(binary), command, "--root", str(folder)]
    if command == "build":
        args += ["--output", str(folder / "public")]
    started = time.monotonic()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    return code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall


def default_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return target / "release/leafpress"


def memory(binary, work):
    folder = work / "memory"
    paragraph = "The immune system can help you feel better when side effects are found early.\n\n"
    body = paragraph * (50_000_000 // len(paragraph))
    size = write_site(folder, {"content/en/huge.md": leaflet("Huge", body)})
    code, cpu, peak, _ = run(binary, "build", folder)
    print(f"\nmemory: a {size / 1e6:.0f} MB leaflet built with exit {code} in {cpu:.2f} s CPU, "
          f"peak {peak:.0f} MiB = {peak * 2**20 / size:.1f}x its size")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", type=Path, default=default_binary())
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args()
    if not args.binary.is_file():
        sys.exit(f"no binary at {args.binary}: run `cargo build --release` first")
    print(f"binary: {args.binary}")
    print(f"{'input':<15} {'size 1x':>9} {'CPU 1x':>8} {'CPU 4x':>8} {'ratio':>6} "
          f"{'peak 4x':>8}  result")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="leafpress-growth-") as work:
        work = Path(work)
        for name, command, generate, size, expected in CASES:
            times, peak, codes = [], 0.0, []
            for factor in (1, 4):
                files = generate(int(size * args.scale) * factor)
                write_site(work / name, files)
                code, cpu, peak, _ = run(args.binary, command, work / name)
                times.append(cpu)
                codes.append(code)
            ratio = times[1] / max(times[0], 1e-3)
            problems = [f"exit {c}, expected {expected}" for c in codes if c != expected]
            if ratio > TARGET_RATIO:
                problems.append(f"ratio over {TARGET_RATIO:g}")
            failures += bool(problems)
            print(f"{name:<15} {int(size * args.scale):>9,} {times[0]:>7.2f}s {times[1]:>7.2f}s "
                  f"{ratio:>5.1f}x {peak:>6.0f}MB  {'; '.join(problems) or 'ok'}", flush=True)
        if args.memory:
            memory(args.binary, work)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
