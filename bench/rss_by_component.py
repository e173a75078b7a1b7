#!/usr/bin/env python3
"""Prints a process's resident memory by component, from /proc/<pid>/smaps, as Markdown table rows.
Usage: rss_by_component.py PID. Linux only; read-only."""
import collections
import sys

pid = sys.argv[1]
rss = collections.Counter()
dlls = set()
name = ""
for line in open(f"/proc/{pid}/smaps"):
    head = line.split(None, 5)
    if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
        name = head[5].strip() if len(head) > 5 else ""
    elif line.startswith("Rss:"):
        kb = int(head[1])
        if name.endswith(".dll"):
            part = "managed assemblies (file-backed, mapped)"
            dlls.add(name)
        elif ".so" in name:
            part = "native libraries (coreclr, clrjit, ICU, OpenSSL, e_sqlite3, libc)"
        elif "doublemapper" in name:
            part = "runtime loader heaps and JIT'd code (type data, stubs, code)"
        elif name == "" or name.startswith("["):
            part = "anonymous: GC heap, native allocations, thread stacks"
        else:
            part = "other"
        rss[part] += kb
total = sum(rss.values())
for part, kb in rss.most_common():
    print(f"| {part} | {kb / 1024:.0f} |")
print(f"| total ({len(dlls)} assemblies mapped) | {total / 1024:.0f} |")
