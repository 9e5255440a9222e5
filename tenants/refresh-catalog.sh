#!/usr/bin/env bash
# Re-creates tenants/catalog/divisions.json from the npm package named in tenants/catalog/SOURCE.md.
# Usage: tenants/refresh-catalog.sh [version]   (default: the version pinned below)
# Needs npm (registry access) and python3. Output is sorted by code, so an unchanged package gives an
# unchanged file; a summary of added/removed/renamed/moved divisions is printed.
set -euo pipefail

PACKAGE=china-division
VERSION=${1:-2.7.0}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/catalog/divisions.json"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null && tar xzf ./*.tgz)
grep -q '"license": "MIT"' "$work/package/package.json" || { echo "license of $PACKAGE@$VERSION is not MIT any more: check it" >&2; exit 1; }

python3 - "$work/package/dist" "$PACKAGE@$VERSION" "$out" <<'PY'
import csv, json, os, sys

dist, source, out = sys.argv[1:4]

def rows(name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))

# City-level pseudo entries of the statistical tables: their counties belong to the province itself.
def pseudo_city(name):
    return name in ("市辖区", "县") or "直辖县级" in name

# Entries of the statistical code table (统计用区划代码) that are not GB/T 2260 divisions:
# county digits 61-80 are used there for development zones, 管理区 and the 大兴安岭 forest districts;
# GB/T 2260 itself uses 01-20 districts, 21-60 counties/banners, 81-99 county-level cities.
def statistical_only(code):
    return 61 <= int(code[4:]) <= 80

# Single statistical entries outside that rule (checked against GB/T 2260 by hand, see SOURCE.md).
EXCLUDED = {
    "620201": "嘉峪关市 repeated as its own county; the city has no counties",
    "632857": "大柴旦行政委员会, a statistical unit, not a county",
}

divisions = {}
for r in rows("provinces.csv"):
    divisions[r["code"] + "0000"] = (r["name"], None)
pseudo = set()
for r in rows("cities.csv"):
    code = r["code"] + "00"
    if pseudo_city(r["name"]):
        pseudo.add(code)
    else:
        divisions[code] = (r["name"], r["provinceCode"] + "0000")
for r in rows("areas.csv"):
    code = r["code"]
    if code.endswith("00") or statistical_only(code) or code in EXCLUDED:
        continue  # city-level units listed again as their own county (东莞, 中山, 儋州) or not GB/T 2260
    city = r["cityCode"] + "00"
    parent = r["provinceCode"] + "0000" if city in pseudo else city
    divisions[code] = (r["name"], parent)

old = {}
if os.path.exists(out):
    with open(out, encoding="utf-8") as f:
        old = {c: (n, p) for c, n, p in json.load(f)["divisions"]}

with open(out, "w", encoding="utf-8") as f:
    f.write('{"source": %s,\n "divisions": [\n' % json.dumps(source))
    f.write(",\n".join(json.dumps([c, n, p], ensure_ascii=False) for c, (n, p) in sorted(divisions.items())))
    f.write("\n]}\n")

added = sorted(set(divisions) - set(old))
removed = sorted(set(old) - set(divisions))
changed = sorted(c for c in set(divisions) & set(old) if divisions[c] != old[c])
tiers = {"province": 0, "city": 0, "county": 0}
for c in divisions:
    tiers["province" if c.endswith("0000") else "city" if c.endswith("00") else "county"] += 1
print(f"{source}: {len(divisions)} divisions {tiers}")
print(f"vs previous file: {len(added)} added, {len(removed)} removed, {len(changed)} renamed or moved")
LIMIT = 50  # a first run lists everything as added; the count above says it all
for c in added[:LIMIT]:
    print(f"  + {c} {divisions[c][0]}")
for c in removed[:LIMIT]:
    print(f"  - {c} {old[c][0]}")
for c in changed[:LIMIT]:
    print(f"  ~ {c} {old[c]} -> {divisions[c]}")
PY
