"""Changes between the two schemas of a generated pair (tests/gen_pairs.py). A change is a
plain dict (JSON-able) that names its target by key and carries the values it sets, so the
same change applies to a smaller model while shrinking; a change whose target is gone, or
whose target no longer has the value it expects, is skipped. `repair` runs after the changes."""

import copy

from gen_change_ops import OPS, ch_add_table, col_named
from gen_schema_model import key_of, repair

# ---------------------------------------------------------------------------- applying


def apply_change(m, ch):
    """Applies one change in place; returns False when it does not apply."""
    op = ch["op"]
    if op == "multi":
        return any([apply_change(m, c) for c in ch["ops"]])
    if op == "add":
        k = key_of(ch["obj"])
        if k in m.objs:
            return False
        m.objs[k] = copy.deepcopy(ch["obj"])
        return True
    if op in ("drop", "replace", "enum_add", "comment") and ch["key"] not in m.objs:
        return False
    if op == "drop":
        o = m.objs.pop(ch["key"])
        if o["kind"] == "schema":  # DROP SCHEMA ... CASCADE is what the user means
            for k in [k for k, x in m.objs.items() if x.get("schema") == o["name"]]:
                del m.objs[k]
        if o["kind"] == "table":  # sequences owned by the table go with it
            for k in [k for k, x in m.objs.items() if x["kind"] == "sequence" and x["owned_by"]
                      and x["owned_by"][0] == ch["key"]]:
                del m.objs[k]
        return True
    if op == "replace":
        m.objs[ch["key"]] = copy.deepcopy(ch["obj"])
        return True
    if op == "enum_add":
        labels = m.objs[ch["key"]]["labels"]
        if ch["label"] in labels or (ch["before"] and ch["before"] not in labels):
            return False
        labels.insert(labels.index(ch["before"]) if ch["before"] else len(labels), ch["label"])
        return True
    if op == "comment":
        o = m.objs[ch["key"]]
        if ch.get("col"):
            o = col_named(o, ch["col"])
            if o is None:
                return False
        o["comment"] = ch["text"]
        return True
    t = m.objs.get(ch["table"])
    if t is None or t["kind"] != "table":
        return False
    if op == "add_col":
        if col_named(t, ch["col"]["name"]):
            return False
        t["columns"].append(copy.deepcopy(ch["col"]))
        return True
    if op == "drop_col":
        n = len(t["columns"])
        t["columns"] = [c for c in t["columns"] if c["name"] != ch["col"]]
        return len(t["columns"]) != n
    if op == "set_col":
        c = col_named(t, ch["col"])
        if c is None or any(c.get(f) != v for f, v in ch["expect"].items()):
            return False
        c.update(copy.deepcopy(ch["fields"]))
        return True
    names = [c["name"] for c in t["constraints"]]
    if op == "add_con":
        if ch["con"]["name"] in names or (ch["con"]["type"] == "pk" and any(
                c["type"] == "pk" for c in t["constraints"])):
            return False
        t["constraints"].append(copy.deepcopy(ch["con"]))
        return True
    if ch["name"] not in names:
        return False
    i = names.index(ch["name"])
    if op == "drop_con":
        del t["constraints"][i]
    else:  # replace_con
        t["constraints"][i] = copy.deepcopy(ch["con"])
    return True


def apply_changes(base, changes):
    m = base.copy()
    for ch in changes:
        apply_change(m, ch)
        repair(m)
    return m


# ---------------------------------------------------------------------------- generating


def _loses_middle_column(before, after):
    """True when a table lost a column that is not among its last ones: the down script could
    only add it back at the end (a type, an extension or a generated column's source gone)."""
    for k in before.keys("table"):
        if k in after.objs:
            names = [c["name"] for c in before.objs[k]["columns"]]
            kept = {c["name"] for c in after.objs[k]["columns"]}
            lost = [i for i, n in enumerate(names) if n not in kept]
            if lost and lost != list(range(len(names) - len(lost), len(names))):
                return True
    return False


def gen_changes(base, rng, n):
    """n changes, each drawn against the model the earlier ones produced."""
    m = base.copy()
    out = []
    fns = [f for f, w in OPS for _ in range(w)]
    tries = 0
    while len(out) < n and tries < n * 10:
        tries += 1
        fn = rng.choice(fns)
        ch = (fn if m.keys("table") else ch_add_table)(m, rng)
        if ch is None:
            continue
        before = m.copy()
        if apply_change(m, ch) and not _loses_middle_column(before, repair(m)):
            out.append(ch)
        else:
            m = before
    return out
