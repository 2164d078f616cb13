#!/usr/bin/env python3
"""Measures `leafpress serve`: the time from saving a file to its new HTML being served.

Generates the synthetic corpus (../shared/bench/gen_corpus.py, default 24 languages x 500
leaflets), starts the release binary's `serve` as people do (inside the site folder, no
--root) on a free port, then, saving every file by rename as editors do, repeatedly
  - appends a unique sentence to an English leaflet and polls its page until the sentence is
    served (a leaflet edit),
  - changes a Fluent message of one language and polls a page of it until the new text is
    served (a Fluent edit), and
  - adds a comment to site.yaml and polls until the full rebuild it causes is served,
and prints the median, 90th percentile and worst latency of each, plus what the server says it
re-rendered. With --write-doc it also writes docs/serve-benchmark.md.

    python3 scripts/serve-bench.py [--langs 24] [--leaflets 500] [--runs 20] [--write-doc]
"""
import argparse
import json
import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
GENERATOR = ROOT.parent / "shared" / "bench" / "gen_corpus.py"


def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(port, path, text, limit=30.0):
    started = time.perf_counter()
    while True:
        try:
            if text in get(port, path):
                return time.perf_counter()
        except OSError:
            pass
        if time.perf_counter() - started > limit:
            raise SystemExit(f"{path} never served {text!r}")
        time.sleep(0.001)


def save(path, text):
    """Saves as editors and `sed -i` do: a temporary file, renamed over the real one."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def summary(values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    return statistics.median(values), p90, values[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--langs", type=int, default=24)
    parser.add_argument("--leaflets", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--write-doc", action="store_true")
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = (ROOT / target).resolve() / "release" / "leafpress"
    corpus = pathlib.Path(f"/tmp/leafpress-serve-bench-{args.langs}x{args.leaflets}")
    subprocess.run([sys.executable, str(GENERATOR), "--langs", str(args.langs), "--leaflets",
                    str(args.leaflets), "--format", "leafpress", "--out", str(corpus), "--force"],
                   check=True, stdout=subprocess.DEVNULL)

    started = time.perf_counter()
    # Started as people start it: inside the site folder, with no --root.
    server = subprocess.Popen([str(binary), "serve", "--port", "0"], cwd=corpus,
                              stderr=subprocess.PIPE, text=True)
    try:
        first = server.stderr.readline()
        port = int(re.search(r"127\.0\.0\.1:(\d+)", first).group(1))
        startup = time.perf_counter() - started
        leaflet = sorted((corpus / "content" / "en").glob("*.md"))[len(list((corpus / "content" / "en").glob("*.md"))) // 2]
        page = f"/en/{leaflet.stem}/"
        original = leaflet.read_text(encoding="utf-8")
        leaflet_times, pages_rendered = [], []
        for run in range(args.runs):
            marker = f"Benchmark sentence number {run} {time.time_ns()}."
            save(leaflet, original + f"\n\n{marker}\n")
            saved = time.perf_counter()
            leaflet_times.append((wait_for(port, page, marker) - saved) * 1000)
            pages_rendered.append(len(json.loads(get(port, "/__leafpress/last-rebuild"))["pages"]))
            time.sleep(0.1)
        leaflet.write_text(original, encoding="utf-8")

        language = "de" if (corpus / "locales" / "de").is_dir() else "en"
        messages = corpus / "locales" / language / "main.ftl"
        fluent_original = messages.read_text(encoding="utf-8")
        # A message every leaflet page shows; the synthetic corpus's files have `skip-to-content`.
        message = re.search(r"^(skip-to-content|home|sources) = ([^{\n]+)$", fluent_original, re.M)
        if message is None:
            raise SystemExit(f"{messages} has no skip-to-content, home or sources message to edit")
        fluent_times, fluent_pages = [], []
        some_page = f"/{language}/{leaflet.stem}/"
        for run in range(max(3, args.runs // 4)):
            marker = f"Benchmark{run}x{time.time_ns()}"
            save(messages, fluent_original.replace(message.group(0), f"{message.group(1)} = {marker}", 1))
            saved = time.perf_counter()
            fluent_times.append((wait_for(port, some_page, marker) - saved) * 1000)
            fluent_pages.append(len(json.loads(get(port, "/__leafpress/last-rebuild"))["pages"]))
            time.sleep(0.2)
        messages.write_text(fluent_original, encoding="utf-8")
        time.sleep(0.5)

        # A change every page may depend on (site.yaml) falls back to a full rebuild in memory.
        site_yaml = corpus / "site.yaml"
        yaml_original = site_yaml.read_text(encoding="utf-8")
        full_times = []
        for run in range(3):
            before = json.loads(get(port, "/__leafpress/last-rebuild"))["generation"]
            save(site_yaml, yaml_original + f"\n# benchmark {run}\n")
            saved = time.perf_counter()
            while json.loads(get(port, "/__leafpress/last-rebuild"))["generation"] == before:
                if time.perf_counter() - saved > 30:
                    raise SystemExit("the full rebuild never finished")
                time.sleep(0.002)
            full_times.append((time.perf_counter() - saved) * 1000)
            time.sleep(0.2)
        site_yaml.write_text(yaml_original, encoding="utf-8")
    finally:
        server.kill()
        server.wait()

    pages = args.langs * args.leaflets
    lines = [
        f"corpus: {args.langs} languages x {args.leaflets} leaflets ({pages} pages), {args.runs} leaflet edits",
        f"startup (first build in memory, until the first line): {startup * 1000:.0f} ms",
        "leaflet edit -> new HTML served: median {:.1f} ms, p90 {:.1f} ms, worst {:.1f} ms ({} pages re-rendered)".format(
            *summary(leaflet_times), statistics.median(pages_rendered)),
        "Fluent edit -> new HTML served:  median {:.1f} ms, p90 {:.1f} ms, worst {:.1f} ms ({} pages re-rendered)".format(
            *summary(fluent_times), statistics.median(fluent_pages)),
        "full rebuild (site.yaml edit) -> served: median {:.0f} ms, worst {:.0f} ms".format(
            statistics.median(full_times), max(full_times)),
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python polling every 1 ms",
    ]
    print("\n".join(lines))
    if args.write_doc:
        doc = ROOT / "docs" / "serve-benchmark.md"
        doc.write_text(
            "# `leafpress serve`: how fast edits are served\n\n"
            "Measured by `python3 scripts/serve-bench.py --write-doc` on "
            + time.strftime("%Y-%m-%d") + ": the time from writing a file to the new HTML being served "
            "(the script writes the file, then polls the page over HTTP every millisecond). Targets: "
            "under 100 ms at the median for a leaflet edit, under 1 s for a Fluent edit, under 2 s for "
            "a full rebuild, on "
            "24 languages x 500 leaflets.\n\n```\n" + "\n".join(lines) + "\n```\n",
            encoding="utf-8")


if __name__ == "__main__":
    main()
