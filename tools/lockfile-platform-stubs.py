#!/usr/bin/env python3
"""Records other platforms' optional native packages in package-lock.json.

The registry this project installs from serves only the linux-x64 builds of some native
packages (Astro's compiler binding, Pagefind). `npm install` then leaves the other
platforms' optional packages out of the lock file, and `npm ci` refuses the lock as out of
sync. Each missing package is recorded with its os/cpu, so npm ci knows it does not apply
here and skips it without fetching. Run after any `npm install` that rewrites the lock:
    python3 tools/lockfile-platform-stubs.py
"""
import json
import re
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "package-lock.json"

def platform(name: str) -> dict:
    tail = name.split("/")[-1]
    os_name = next((o for o in ("android", "darwin", "linux", "freebsd", "win32", "windows", "wasm32") if o in tail), None)
    cpu = next((c for c in ("arm64", "x64", "wasm32") if c in tail), None)
    entry = {}
    if os_name == "wasm32":
        entry["cpu"] = ["wasm32"]
    else:
        entry["os"] = ["win32" if os_name == "windows" else os_name]
        entry["cpu"] = [cpu]
    if tail.endswith("-gnu"):
        entry["libc"] = ["glibc"]
    if tail.endswith("-musl"):
        entry["libc"] = ["musl"]
    return entry

lock = json.loads(LOCK.read_text())
packages = lock["packages"]
added = []
for path, meta in list(packages.items()):
    for name, version in (meta.get("optionalDependencies") or {}).items():
        key = f"node_modules/{name}"
        if key in packages:
            continue
        packages[key] = {"version": version, "dev": True, "optional": True, **platform(name)}
        added.append(f"{name}@{version}")
lock["packages"] = dict(sorted(packages.items(), key=lambda item: (item[0] != "", item[0])))
LOCK.write_text(json.dumps(lock, indent=2, ensure_ascii=False) + "\n")
print("\n".join(added) if added else "nothing to add")
