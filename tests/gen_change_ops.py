"""The change operators of generated pairs (gen_changes.py): each `ch_*(model, rng)` draws one
change against the current model and returns it as a plain dict, or None when the model has
nothing it could apply to. OPS weighs them; alters prefer columns something refers to (views,
indexes, keys), so chains (a view over a column whose type changes, a foreign key to a key
that is rebuilt) come up often."""

import copy

from gen_schema_base import (WORDS, domain_check, new_child_table, generated_column, new_column, new_composite,
                             new_constraint, new_domain, new_enum, new_fk, new_function, new_index,
                             new_rule, new_sequence, new_table, new_trigger, new_view, owner_candidates,
                             rand_default, rand_filter, trigger_function, view_cols, new_aggregate,
                             step_function)
from gen_schema_model import WIDEN, widen


def col_named(t, name):
    return next((c for c in t["columns"] if c["name"] == name), None)


def _used_cols(m):
    """(table, column) pairs something else refers to: the interesting targets of alters."""
    used = set()
    for k in m.keys("view"):
        v = m.objs[k]
        used.update((v["source"], c["src"]) for c in v["cols"])
    for k in m.keys("index"):
        used.update((m.objs[k]["table"], it["col"]) for it in m.objs[k]["items"])
    for k in m.keys("rule"):
        if m.objs[k]["when"]:
            used.add((m.objs[k]["table"], m.objs[k]["when"]))
    for k in m.keys("table"):
        for con in m.objs[k]["constraints"]:
            used.update((k, c) for c in con["cols"])
            if con["type"] == "fk":
                used.update((con["ref"], c) for c in con["refcols"])
    return used


def _pick_col(m, rng, pred):
    cands = [(k, c) for k in m.keys("table") for c in m.objs[k]["columns"] if pred(c)]
    if not cands:
        return None, None
    used = _used_cols(m)
    hot = [(k, c) for k, c in cands if (k, c["name"]) in used]
    return rng.choice(hot if hot and rng.random() < 0.6 else cands)


def _set(k, c, fields):
    return {"op": "set_col", "table": k, "col": c["name"], "fields": fields,
            "expect": {f: copy.deepcopy(c.get(f)) for f in fields}}


def ch_alter_type(m, rng):
    k, c = _pick_col(m, rng, lambda c: c["type"]["fam"] in WIDEN and not c["generated"])
    if not k:
        return None
    return _set(k, c, {"type": widen(c["type"], rng.choice(WIDEN[c["type"]["fam"]]))})


def ch_nullability(m, rng):
    k, c = _pick_col(m, rng, lambda c: not c["generated"] and not c["identity"])
    return _set(k, c, {"notnull": not c["notnull"]}) if k else None


def ch_default(m, rng):
    k, c = _pick_col(m, rng, lambda c: not c["generated"] and not c["identity"])
    if not k:
        return None
    d = None if c["default"] and rng.random() < 0.5 else rand_default(m, rng, c["type"], m.objs[k]["schema"])
    return _set(k, c, {"default": d}) if d != c["default"] else None


def ch_identity(m, rng):
    k, c = _pick_col(m, rng, lambda c: c["type"]["fam"] in ("int", "bigint") and not c["generated"])
    if not k:
        return None
    if c["identity"]:
        return _set(k, c, {"identity": None if rng.random() < 0.6 else
                           ("ALWAYS" if c["identity"] == "BY DEFAULT" else "BY DEFAULT")})
    return _set(k, c, {"identity": rng.choice(["ALWAYS", "BY DEFAULT"]), "default": None, "notnull": True})


def ch_drop_expression(m, rng):
    k, c = _pick_col(m, rng, lambda c: c["generated"])
    return _set(k, c, {"generated": None}) if k else None


def ch_add_col(m, rng):
    fk = [m.objs[k]["deps"][0] for k in m.keys("function") if m.objs[k]["flavor"] == "rows"]
    k = rng.choice(fk) if fk and rng.random() < 0.4 else rng.choice(m.keys("table"))
    t = m.objs[k]
    c = generated_column(m, rng, t) if rng.random() < 0.15 else None
    return {"op": "add_col", "table": k, "col": c or new_column(m, rng, t["schema"])}


def ch_drop_col(m, rng):
    # only the last column: PostgreSQL adds columns at the end, so the down script of a
    # dropped middle column cannot restore the column order (a known, documented limit)
    cands = [k for k in m.keys("table") if len(m.objs[k]["columns"]) > 1]
    if not cands:
        return None
    k = rng.choice(cands)
    return {"op": "drop_col", "table": k, "col": m.objs[k]["columns"][-1]["name"]}


def ch_add_con(m, rng):
    k = rng.choice(m.keys("table"))
    if rng.random() < 0.3:
        r = new_fk(m, rng, k)
        if not r:
            return None
        return {"op": "multi", "ops": [{"op": "add_col", "table": k, "col": r[0]},
                                       {"op": "add_con", "table": k, "con": r[1]}]}
    con = new_constraint(m, rng, m.objs[k], rng.choice(["pk", "unique", "check"]))
    return {"op": "add_con", "table": k, "con": con} if con else None


def _pick_con(m, rng, pred=lambda c: True):
    cands = [(k, c) for k in m.keys("table") for c in m.objs[k]["constraints"] if pred(c)]
    return rng.choice(cands) if cands else (None, None)


def ch_drop_con(m, rng):
    k, c = _pick_con(m, rng)
    return {"op": "drop_con", "table": k, "name": c["name"]} if k else None


def ch_change_con(m, rng):
    refd = {(con["ref"], tuple(con["refcols"])) for k in m.keys("table")
            for con in m.objs[k]["constraints"] if con["type"] == "fk"}
    k, c = _pick_con(m, rng, lambda c: c["type"] != "pk" or rng.random() < 0.5)
    kk, cc = _pick_con(m, rng, lambda c: c["type"] in ("pk", "unique"))
    if kk and (kk, tuple(cc["cols"])) in refd and rng.random() < 0.6:
        k, c = kk, cc  # a key a foreign key refers to: rebuilt under a new name
    if not k:
        return None
    new = copy.deepcopy(c)
    if c["type"] == "fk":
        new["ondelete"] = rng.choice([a for a in ("NO ACTION", "CASCADE", "SET NULL", "RESTRICT") if a != c["ondelete"]])
    elif c["type"] == "check":
        new = new_constraint(m, rng, m.objs[k], "check")
        new["name"] = c["name"] if rng.random() < 0.5 else new["name"]
    else:
        new["name"] = m.fresh(m.objs[k]["name"] + "_k")
    return {"op": "replace_con", "table": k, "name": c["name"], "con": new}


def ch_drop(m, rng):
    kinds = rng.choice([["table"], ["view"], ["index"], ["function"], ["trigger"], ["sequence"], ["aggregate"], ["rule"],
                        ["enum", "domain", "composite"], ["schema", "extension"]])
    ks = m.keys(*kinds)
    return {"op": "drop", "key": rng.choice(ks)} if ks else None


def _replace(k, o):
    return {"op": "replace", "key": k, "obj": o}


def ch_index(m, rng):
    ks = m.keys("index")
    if not ks or rng.random() < 0.3:
        i = new_index(m, rng, rng.choice(m.keys("table")))
        return {"op": "add", "obj": i} if i else None
    k = rng.choice(ks)
    o = copy.deepcopy(m.objs[k])
    what = rng.choice(["unique", "where", "order", "include", "items"])
    t = m.objs[o["table"]]
    if what == "unique":
        o["unique"] = not o["unique"]
    elif what == "where":
        o["where"] = None if o["where"] else rand_filter(m, rng, m.columns(o["table"]), prefer_enum=True)
    elif what == "order":
        it = rng.choice(o["items"])
        it["desc"], it["nulls"] = not it["desc"], rng.choice([None, "FIRST", "LAST"])
    elif what == "include":
        rest = [c["name"] for c in t["columns"] if c["name"] not in [i["col"] for i in o["items"]]]
        o["include"] = [] if o["include"] or not rest else [rng.choice(rest)]
    else:
        fresh = new_index(m, rng, o["table"])
        if not fresh:
            return None
        o["items"] = fresh["items"]
    return _replace(k, o) if o != m.objs[k] else None


def ch_view(m, rng):
    ks = m.keys("view")
    if not ks or rng.random() < 0.3:
        v = new_view(m, rng)
        return {"op": "add", "obj": v} if v else None
    k = rng.choice(ks)
    o = copy.deepcopy(m.objs[k])
    what = rng.choice(["add_col", "drop_col", "where", "expr"])
    if what == "add_col":
        o["cols"] += view_cols(m, rng, o["source"], 1)
    elif what == "drop_col" and len(o["cols"]) > 1:
        del o["cols"][rng.randrange(len(o["cols"]))]
    elif what == "where":
        o["where"] = None if o["where"] else rand_filter(m, rng, m.columns(o["source"]))
    else:
        c = rng.choice(o["cols"])
        c["expr"] = view_cols(m, rng, o["source"], 1)[0]["expr"] if c["expr"] == "plain" else "plain"
    return _replace(k, o) if o != m.objs[k] else None


def ch_function(m, rng):
    ks = [k for k in m.keys("function") if m.objs[k]["flavor"] != "trig"]
    if not ks or rng.random() < 0.3:
        return {"op": "add", "obj": new_function(m, rng)}
    k = rng.choice(ks)
    o = copy.deepcopy(m.objs[k])
    fl = o["flavor"]
    if fl == "calc" and rng.random() < 0.6:
        if rng.random() < 0.5:  # a new signature: the old function goes, a new one comes
            o["args"].append(("c", o["args"][0][1], "1"))
            o["body"] = " BEGIN RETURN a + b + c; END; "
            return {"op": "multi", "ops": [{"op": "drop", "key": k}, {"op": "add", "obj": o}]}
        o["returns"] = {"sql": "bigint", "dep": None}
        return _replace(k, o)
    if fl == "step":  # a body change is CREATE OR REPLACE; a renamed parameter recreates the aggregates
        first = o["args"][0][0]
        if rng.random() < 0.5:
            o["body"] = (" SELECT %s + x + 1 " if "+ 1" not in o["body"] else " SELECT %s + x ") % first
        else:
            first = "acc" if o["args"][0][0] == "s" else "s"
            o["args"][0] = (first,) + tuple(o["args"][0][1:])
            o["body"] = " SELECT %s + x " % first
        return _replace(k, o)
    o["body"] = {"pure": " SELECT 'xyz'::text ", "calc": " BEGIN RETURN a - b; END; ",
                 "domarg": " SELECT 'p=' || p::text ", "comparg": " SELECT 'p=' || p::text "}.get(fl, o["body"])
    if fl == "count":
        o["body"] = o["body"].replace("count(*)", "count(*) + 1") if "+ 1" not in o["body"] \
            else o["body"].replace("count(*) + 1", "count(*)")
    elif fl == "rows":
        o["body"] = o["body"].replace(" LIMIT 10 ", " ") if "LIMIT" in o["body"] else o["body"].rstrip() + " LIMIT 10 "
    elif fl == "viewrows":
        o["body"] = o["body"].replace(" LIMIT 5;", ";") if "LIMIT" in o["body"] else o["body"].replace("; END;", " LIMIT 5; END;")
    return _replace(k, o) if o != m.objs[k] else None


def ch_aggregate(m, rng):
    ks = m.keys("aggregate")
    if not ks or rng.random() < 0.3:
        fk, f = step_function(m, rng)
        a = {"op": "add", "obj": new_aggregate(m, rng, fk)}
        return {"op": "multi", "ops": [{"op": "add", "obj": f}, a]} if f else a
    k = rng.choice(ks)
    o = copy.deepcopy(m.objs[k])
    what = rng.choice(["initcond", "parallel", "sfunc"])
    if what == "initcond":
        o["initcond"] = rng.choice([v for v in (None, "0", "1", "7") if v != o["initcond"]])
    elif what == "parallel":
        o["parallel"] = not o["parallel"]
    else:
        others = [f for f in m.keys("function") if m.objs[f]["flavor"] == "step" and f != o["sfunc"]]
        if not others:
            return None
        o["sfunc"] = rng.choice(others)
    return _replace(k, o)


def ch_trigger(m, rng):
    ks = m.keys("trigger")
    if not ks or rng.random() < 0.4:
        fk, f = trigger_function(m, rng)
        tg = new_trigger(m, rng, rng.choice(m.keys("table")), fk)
        add = {"op": "add", "obj": tg}
        return {"op": "multi", "ops": [{"op": "add", "obj": f}, add]} if f else add
    k = rng.choice(ks)
    o = m.objs[k]
    new = new_trigger(m, rng, o["table"], o["func"])
    new["name"] = o["name"]
    return _replace(k, new)


def ch_rule(m, rng):
    ks = m.keys("rule")
    if not ks or rng.random() < 0.4:
        return {"op": "add", "obj": new_rule(m, rng, rng.choice(m.keys("table")))}
    k = rng.choice(ks)
    o = m.objs[k]
    new = new_rule(m, rng, o["table"])
    new["name"], new["comment"] = o["name"], o["comment"]
    return _replace(k, new) if new != o else None


def ch_type(m, rng):
    kind = rng.choice(["enum", "enum", "domain", "composite"])
    ks = m.keys(kind)
    if not ks or rng.random() < 0.25:
        return {"op": "add", "obj": {"enum": new_enum, "domain": new_domain, "composite": new_composite}[kind](m, rng)}
    k = rng.choice(ks)
    o = copy.deepcopy(m.objs[k])
    if kind == "enum":
        return {"op": "enum_add", "key": k, "label": m.fresh("l"),
                "before": rng.choice(o["labels"]) if rng.random() < 0.4 else None}
    if kind == "domain":
        what = rng.choice(["default", "notnull", "check"])
        if what == "default":
            o["default"] = None if o["default"] else {"int": "1", "numeric": "1", "text": "'e'", "varchar": "'e'"}[o["base"]["fam"]]
        elif what == "notnull":
            o["notnull"] = not o["notnull"]
        else:
            o["check"] = None if o["check"] and rng.random() < 0.5 else domain_check(m, rng, o["base"]["fam"])
        return _replace(k, o)
    what = rng.choice(["add", "drop", "type"])
    if what == "add":
        o["attrs"].append((m.fresh("f"), new_composite(m, rng)["attrs"][0][1]))
    elif what == "drop" and len(o["attrs"]) > 1:
        del o["attrs"][-1]  # like columns: ADD ATTRIBUTE appends, so only the last one goes
    else:
        i = rng.randrange(len(o["attrs"]))
        n, t = o["attrs"][i]
        if t["fam"] not in WIDEN:
            return None
        o["attrs"][i] = (n, widen(t, rng.choice(WIDEN[t["fam"]])))
    return _replace(k, o)


def ch_sequence(m, rng):
    ks = m.keys("sequence")
    if not ks or rng.random() < 0.25:
        return {"op": "add", "obj": new_sequence(m, rng)}
    k = rng.choice(ks)
    o = copy.deepcopy(m.objs[k])
    what = rng.choice(["inc", "max", "min", "cycle", "cache", "as", "owned"])
    if what == "inc":
        o["inc"] = rng.choice([i for i in (1, 2, 3, 10) if i != o["inc"]])
    elif what == "max":
        o["max"] += 5000
    elif what == "min":
        o["min"] = max(1, o["min"] - 5) if o["min"] > 1 else o["min"]
    elif what == "cycle":
        o["cycle"] = not o["cycle"]
    elif what == "cache":
        o["cache"] = 20 if o["cache"] != 20 else 1
    elif what == "as":
        o["as"] = "bigint"
    else:
        cands = owner_candidates(m, o)
        o["owned_by"] = None if o["owned_by"] or not cands else rng.choice(cands)
    return _replace(k, o) if o != m.objs[k] else None


def ch_add_table(m, rng):
    if rng.random() < 0.2:
        s = {"kind": "schema", "name": m.fresh("s"), "comment": None}
        return {"op": "multi", "ops": [{"op": "add", "obj": s}, {"op": "add", "obj": new_table(m, rng, s["name"])}]}
    if rng.random() < 0.2:
        have = {m.objs[k]["name"] for k in m.keys("extension")}
        free = [e for e in ("pgcrypto", "citext", "hstore") if e not in have]
        if free:
            return {"op": "add", "obj": {"kind": "extension", "name": rng.choice(free)}}
    if rng.random() < 0.2:
        child = new_child_table(m, rng)
        if child:
            return {"op": "add", "obj": child}
    return {"op": "add", "obj": new_table(m, rng)}


def ch_statistics(m, rng):
    """SET STATISTICS on a column (None: back to the default target)."""
    k, c = _pick_col(m, rng, lambda c: True)
    if not k:
        return None
    cur = c.get("statistics")
    new = None if cur is not None and rng.random() < 0.4 else rng.choice([0, 50, 250, 1000, 10000])
    return _set(k, c, {"statistics": new}) if new != cur else None


def ch_comment(m, rng):
    ks = [k for k, o in m.objs.items() if o["kind"] != "extension"]
    k = rng.choice(ks)
    o = m.objs[k]
    col = rng.choice(o["columns"])["name"] if o["kind"] == "table" and o["columns"] and rng.random() < 0.4 else None
    cur = (col_named(o, col) if col else o)["comment"]
    return {"op": "comment", "key": k, "col": col,
            "text": None if cur and rng.random() < 0.4 else rng.choice([w for w in WORDS if w != cur])}


OPS = [(ch_alter_type, 6), (ch_nullability, 3), (ch_default, 3), (ch_identity, 2), (ch_drop_expression, 1),
       (ch_add_col, 4), (ch_drop_col, 3), (ch_add_con, 3), (ch_drop_con, 2), (ch_change_con, 3),
       (ch_drop, 4), (ch_index, 4), (ch_view, 4), (ch_function, 3), (ch_trigger, 2), (ch_rule, 2), (ch_type, 4),
       (ch_sequence, 2), (ch_add_table, 2), (ch_comment, 2),
       (ch_statistics, 1), (ch_aggregate, 2)]
