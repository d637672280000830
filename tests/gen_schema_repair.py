"""Keeps a generated model valid on PostgreSQL 15 after changes (tests/gen_pairs.py): whatever
lost what it refers to is dropped, the way a user would write the target schema by hand (a
view loses the column whose source column went away, a foreign key goes with its key, an
index with its column). Runs to a fixed point."""

from gen_schema_model import FK_CLASS, expr_fam, group, view_expr_ok


def obj_deps(m, o):
    """Object keys o needs as a whole (schema, types, sources, functions)."""
    deps = set()
    if o.get("schema") not in (None, "public"):
        deps.add("schema:" + o["schema"])
    k = o["kind"]
    if k == "domain" and o["base"]["dep"]:
        deps.add(o["base"]["dep"])
    if k == "composite":
        deps.update(t["dep"] for _n, t in o["attrs"] if t["dep"])
    if k == "index":
        deps.add(o["table"])
    if k == "view":
        deps.add(o["source"])
    if k == "function":
        deps.update(o["deps"])
        deps.update(a[1]["dep"] for a in o["args"] if a[1]["dep"])
        if o["returns"]["dep"]:
            deps.add(o["returns"]["dep"])
    if k == "trigger":
        deps.update((o["table"], o["func"]))
    if k == "table":
        deps.update(o.get("inherits", []))  # a child goes with its parent
    if k == "aggregate":
        deps.add(o["sfunc"])
    if k == "rule":
        deps.add(o["table"])
        deps.update(a["table"] for a in o["actions"] if a["kind"] == "delete")
    return deps


def _has_key(m, table, cols):
    """A primary key, unique constraint or plain unique index on exactly `cols` of `table`."""
    t = m.objs.get(table)
    if t is None:
        return False
    want = set(cols)
    for c in t["constraints"]:
        if c["type"] in ("pk", "unique") and set(c["cols"]) == want and len(c["cols"]) == len(want):
            return True
    for k in m.keys("index"):
        i = m.objs[k]
        if (i["table"] == table and i["unique"] and i["where"] is None
                and all(it["expr"] is None for it in i["items"])
                and set(it["col"] for it in i["items"]) == want and len(i["items"]) == len(want)):
            return True
    return False


def _repair_table(m, t):
    changed = False
    names = {}
    keep = []
    for c in t["columns"]:
        if c["type"]["dep"] and c["type"]["dep"] not in m.objs:
            changed = True
            continue
        keep.append(c)
    t["columns"] = keep
    names = {c["name"]: c for c in keep}
    plain = {n for n, c in names.items() if not c["generated"]}
    for c in keep:
        d = c["default"]
        if d and d["dep"] and d["dep"] not in m.objs:
            c["default"] = None
            changed = True
        g = c["generated"]
        if g and (g["src"] not in plain or names[g["src"]]["identity"]):
            t["columns"] = [x for x in t["columns"] if x is not c]
            return True
    cons = []
    for con in t["constraints"]:
        ok = all(x in names for x in con["cols"])
        if ok and con["type"] == "fk":
            ref = m.objs.get(con["ref"])
            ok = ref is not None and _has_key(m, con["ref"], con["refcols"])
            if ok:
                rtypes = dict((c["name"], c["type"]) for c in ref["columns"])
                ok = all(b in rtypes and FK_CLASS.get(names[a]["type"]["fam"]) is not None
                         and FK_CLASS.get(names[a]["type"]["fam"]) == FK_CLASS.get(rtypes[b]["fam"])
                         for a, b in zip(con["cols"], con["refcols"]))
        if ok:
            cons.append(con)
        else:
            changed = True
    t["constraints"] = cons
    return changed


def _repair_obj(m, k, o):
    """Returns 'drop', True (changed) or False."""
    if any(d not in m.objs for d in obj_deps(m, o)):
        return "drop"
    kind = o["kind"]
    if kind == "table":
        return _repair_table(m, o)
    if kind == "sequence" and o["owned_by"]:
        t = m.objs.get(o["owned_by"][0])
        if t is None or o["owned_by"][1] not in [c["name"] for c in t["columns"]]:
            o["owned_by"] = None
            return True
    if kind == "index":
        cols = dict(m.columns(o["table"]))
        if not all(it["col"] in cols for it in o["items"]) or (o["where"] and o["where"]["col"] not in cols):
            return "drop"
        inc = [c for c in o["include"] if c in cols]
        if inc != o["include"]:
            o["include"] = inc
            return True
    if kind == "view":
        cols = dict(m.columns(o["source"]))
        keep = [c for c in o["cols"] if c["src"] in cols and view_expr_ok(c["expr"], cols[c["src"]])]
        if not keep:
            return "drop"
        changed = keep != o["cols"]
        o["cols"] = keep
        if o["where"] and (o["where"]["col"] not in cols
                           or group(cols[o["where"]["col"]]) != o["where"]["grp"]):
            o["where"] = None
            changed = True
        return changed
    if kind == "trigger":
        cols = dict(m.columns(o["table"]))
        changed = False
        if o["when"] and o["when"] not in cols:
            o["when"] = None
            changed = True
        if o["update_of"] and o["update_of"] not in cols:
            o["update_of"] = None
            changed = True
        return changed
    if kind == "rule":
        changed = False
        if o["when"] and o["when"] not in dict(m.columns(o["table"])):
            o["when"] = None
            changed = True
        keep = [a for a in o["actions"]
                if a["kind"] != "delete" or a["col"] in dict(m.columns(a["table"]))]
        if keep != o["actions"]:
            o["actions"] = keep
            changed = True
        return changed
    return False


def repair(m):
    """Drops or trims what lost its references until nothing changes."""
    while True:
        changed = False
        for k in list(m.objs):
            o = m.objs.get(k)
            if o is None:
                continue
            r = _repair_obj(m, k, o)
            if r == "drop":
                del m.objs[k]
                changed = True
            elif r:
                changed = True
        if not changed:
            return m
