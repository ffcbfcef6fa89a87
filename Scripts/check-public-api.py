#!/usr/bin/env python3
"""List the public declarations of a release that are gone now (standard library and git only).

Usage: python3 Scripts/check-public-api.py <previous tag> [Sources/Target ...]

Complements `swift package diagnose-api-breaking-changes`, which (Swift 6.3 on Linux) does not
report a declaration narrowed from `public` to `package`: its API dump keeps package declarations.
This script compares the text of the `public`/`open` declarations of the library targets at the
tag with those in the working tree, per module, whitespace-normalised, and prints each one that no
longer exists verbatim — removed, renamed, narrowed, or with a changed signature. A changed
signature may still be source-compatible (a new defaulted parameter): judge each line, and let
diagnose-api-breaking-changes decide those. Members of `@_spi` extensions are not public API.

Exits 1 when something is listed, 0 otherwise.
"""

import os
import re
import subprocess
import sys

DEFAULT_TARGETS = ["SotongCore", "SotongSQLite", "SotongDomain", "SotongProjections", "Sotong"]
DECLARATION = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:public|open)\b(?!\s+(?:import|extension)\b)")


def declarations(source):
    """The normalised public declarations of a Swift source, skipping @_spi extensions."""
    found = set()
    spi_depth = None
    depth = 0
    pending_spi = False
    for line in source.split("\n"):
        code = re.sub(r'"(?:\\.|[^"\\])*"', '""', line.split("//")[0])
        if re.match(r"^\s*@_spi\(\w+\)\s*$", line):
            pending_spi = True
            continue
        if pending_spi and line.strip().startswith("extension") and spi_depth is None:
            spi_depth = depth
        pending_spi = False
        if spi_depth is None and DECLARATION.match(line):
            text = re.sub(r"\s+", " ", line.strip()).rstrip("{").strip()
            found.add(text)
        depth += code.count("{") - code.count("}")
        if spi_depth is not None and depth <= spi_depth:
            spi_depth = None
    return found


def git(*arguments):
    return subprocess.run(["git", *arguments], capture_output=True, text=True, check=True).stdout


def main(arguments):
    if not arguments:
        print(__doc__)
        return 2
    tag, targets = arguments[0], arguments[1:] or [f"Sources/{t}" for t in DEFAULT_TARGETS]
    root = git("rev-parse", "--show-toplevel").strip()
    os.chdir(root)
    missing = []
    for target in targets:
        before, now = set(), set()
        for path in git("ls-tree", "-r", "--name-only", tag, "--", target).split():
            if path.endswith(".swift"):
                before |= declarations(git("show", f"{tag}:{path}"))
        for folder, _, files in os.walk(target):
            for name in files:
                if name.endswith(".swift"):
                    with open(os.path.join(folder, name), encoding="utf-8") as handle:
                        now |= declarations(handle.read())
        missing += [f"{target}: {text}" for text in sorted(before - now)]
    for line in missing:
        print(line)
    if missing:
        print(f"{len(missing)} public declarations of {tag} are gone or changed")
        return 1
    print(f"every public declaration of {tag} is still there")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
