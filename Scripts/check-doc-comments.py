#!/usr/bin/env python3
"""Check that every public declaration of the library targets has a doc comment (standard library only).

Usage: python3 Scripts/check-doc-comments.py [Sources/Target ...]

Scans the Swift files of the library targets (by default SotongCore, SotongSQLite, SotongDomain,
SotongProjections and Sotong) for declarations marked `public` or `open`, and for the cases of
public enums, and requires each to be preceded by a `///` doc comment (attributes such as
`@discardableResult` may stand between them). A group of cases on one line (`case a, b`) counts
as one declaration. `public import` and extensions are not declarations of new symbols and are
skipped; so are members of `@_spi` extensions, which are not public API. A top-level public type
(struct, enum, class, actor, protocol) also needs an example: a ``` code block in its doc comment.

Prints one line per undocumented declaration (path:line: text, with "no example" for a type whose
doc comment has no code block), then a count; exits 1 when any is found, 0 otherwise.
"""

import os
import re
import sys

DEFAULT_TARGETS = ["SotongCore", "SotongSQLite", "SotongPostgres", "SotongDomain", "SotongProjections", "Sotong"]
ACCESS = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(public|open)\b(?:\s*\(set\))?\s+(.*)$")
NOT_A_SYMBOL = re.compile(r"^(import|extension)\b")
ATTRIBUTE = re.compile(r"^\s*@[\w.]+(\(.*\))?\s*$")
CASE = re.compile(r"^\s*(?:indirect\s+)?case\s+[`\w]")
PUBLIC_ENUM = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*public\s+(?:indirect\s+)?enum\s+\w+")
SPI_EXTENSION = re.compile(r"^\s*@_spi\(\w+\)\s*$")
TOP_LEVEL_TYPE = re.compile(r"^(?:@[\w.]+(?:\([^)]*\))?\s+)*(public|open)\s+(?:final\s+)?(struct|enum|class|actor|protocol)\b")


def documented(lines, index):
    """Whether the line at `index` is preceded (past attributes and blank-free) by a /// comment."""
    cursor = index - 1
    while cursor >= 0 and ATTRIBUTE.match(lines[cursor]):
        cursor -= 1
    if cursor < 0:
        return False
    previous = lines[cursor].strip()
    return previous.startswith("///") or previous.endswith("*/") and "/**" in "".join(lines[: cursor + 1])


def doc_comment(lines, index):
    """The /// lines right above the declaration at `index` (past its attributes)."""
    cursor = index - 1
    while cursor >= 0 and ATTRIBUTE.match(lines[cursor]):
        cursor -= 1
    comment = []
    while cursor >= 0 and lines[cursor].strip().startswith("///"):
        comment.append(lines[cursor])
        cursor -= 1
    return comment


def brace_depth_changes(line):
    """Net change of brace depth on a line, ignoring braces inside string literals and comments."""
    code = re.sub(r'"(?:\\.|[^"\\])*"', '""', line.split("//")[0])
    return code.count("{") - code.count("}")


def check_file(path):
    """The undocumented public declarations of one file, as (line number, text)."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    missing = []
    depth = 0
    # Stack of (depth at which the scope's body starts, kind) for enums and @_spi extensions.
    scopes = []
    spi_pending = False
    in_block_string = False
    for index, line in enumerate(lines):
        if line.count('"""') % 2 == 1:
            in_block_string = not in_block_string
            continue
        if in_block_string:
            continue
        stripped = line.strip()
        in_spi = any(kind == "spi" for _, kind in scopes)
        match = ACCESS.match(line)
        if match and not in_spi and not NOT_A_SYMBOL.match(match.group(2)):
            if not documented(lines, index):
                missing.append((index + 1, stripped))
            elif depth == 0 and TOP_LEVEL_TYPE.match(line) and not any("```" in c for c in doc_comment(lines, index)):
                missing.append((index + 1, "no example: " + stripped))
        elif CASE.match(line) and scopes and scopes[-1][1] == "enum" and scopes[-1][0] == depth and not in_spi:
            if not documented(lines, index) and not stripped.endswith(":"):
                missing.append((index + 1, stripped))
        if SPI_EXTENSION.match(line):
            spi_pending = True
            continue
        change = brace_depth_changes(line)
        if change > 0:
            if spi_pending and stripped.startswith("extension"):
                scopes.append((depth + 1, "spi"))
            elif PUBLIC_ENUM.match(line):
                scopes.append((depth + 1, "enum"))
            else:
                scopes.append((depth + 1, "other"))
            for _ in range(change - 1):
                scopes.append((depth + 1, "other"))
        spi_pending = False
        depth += change
        while scopes and scopes[-1][0] > depth:
            scopes.pop()
    return missing


def main(arguments):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    targets = arguments or [os.path.join("Sources", target) for target in DEFAULT_TARGETS]
    total = 0
    for target in targets:
        directory = target if os.path.isabs(target) else os.path.join(root, target)
        if not os.path.isdir(directory):
            print(f"missing target directory: {target}")
            return 1
        for folder, _, files in sorted(os.walk(directory)):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(folder, name)
                for number, text in check_file(path):
                    print(f"{os.path.relpath(path, root)}:{number}: {text}")
                    total += 1
    if total:
        print(f"{total} public declarations without a /// doc comment (or, for a type, without an example)")
        return 1
    print("every public declaration has a /// doc comment, and every public type an example")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
