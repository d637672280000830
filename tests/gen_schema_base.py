"""Random objects for generated schema pairs (tests/gen_pairs.py): one constructor per kind,
each drawing only from the `random.Random` it is given, and `build_base`, the starting schema.
Constructors look at the model to pick what an object may refer to; they do not add it."""

from gen_schema_model import (CHECKS, DEFAULTS, FILTERS, INDEX_EXPR, INDEXABLE, Model, expr_fam,
                              group, key_of, simple_type, user_type)

PLAIN_FAMS = ["int"] * 4 + ["bigint"] * 2 + ["text"] * 3 + ["varchar"] * 2 + [
    "numeric", "bool", "tstz", "date", "uuid", "jsonb", "intarr", "textarr"]
WORDS = ["plain note", "it's quoted", "version 2", "owner: billing"]


def pick_schema(m, rng):
    return rng.choice(["public"] + [m.objs[k]["name"] for k in m.keys("schema")])


def rand_type(m, rng, user=True):
    fams = list(PLAIN_FAMS)
    if user:
        fams += ["user"] * len(m.keys("enum", "domain", "composite"))
        fams += [m.objs[k]["name"] for k in m.keys("extension") if m.objs[k]["name"] in ("citext", "hstore")]
    f = rng.choice(fams)
    if f == "user":
        return user_type(m.objs[rng.choice(m.keys("enum", "domain", "composite"))])
    if f == "varchar":
        return simple_type("varchar", n=rng.choice([10, 20, 40]))
    if f == "numeric":
        return simple_type("numeric", p=rng.choice([8, 10, 12]), s=rng.choice([0, 2]))
    return simple_type(f)


def rand_default(m, rng, t, schema):
    f = t["fam"]
    if f == "enum":
        return {"sql": "'%s'" % rng.choice(m.objs[t["dep"]]["labels"]), "dep": None}
    if f in ("int", "bigint") and m.keys("sequence") and rng.random() < 0.4:
        s = rng.choice(m.keys("sequence"))
        return {"sql": "nextval('%s.%s'::regclass)" % (m.objs[s]["schema"], m.objs[s]["name"]), "dep": s}
    pure = [k for k in m.keys("function") if m.objs[k]["flavor"] == "pure"]
    if f in ("text", "varchar") and pure and rng.random() < 0.4:
        k = rng.choice(pure)
        return {"sql": "%s.%s()" % (m.objs[k]["schema"], m.objs[k]["name"]), "dep": k}
    if f in DEFAULTS:
        return {"sql": rng.choice(DEFAULTS[f]), "dep": None}
    return None


def new_column(m, rng, schema, plain=False):
    t = rand_type(m, rng, user=not plain)
    c = {"name": m.fresh("c"), "type": t, "notnull": rng.random() < 0.3, "default": None,
         "identity": None, "generated": None, "comment": None}
    if rng.random() < 0.35:
        c["default"] = rand_default(m, rng, t, schema)
    elif t["fam"] in ("int", "bigint") and rng.random() < 0.15:
        c["identity"] = rng.choice(["ALWAYS", "BY DEFAULT"])
    return c


def generated_column(m, rng, t):
    srcs = [c for c in t["columns"] if not c["generated"] and not c["identity"]
            and c["type"]["fam"] in ("int", "bigint", "numeric", "text", "varchar")]
    if not srcs:
        return None
    s = rng.choice(srcs)
    num = s["type"]["fam"] in ("int", "bigint", "numeric")
    return {"name": m.fresh("g"), "type": dict(s["type"]) if num else simple_type("text"),
            "notnull": False, "default": None, "identity": None, "comment": None,
            "generated": {"src": s["name"], "expr": "{c} * 2" if num else "upper({c})"}}


def cols_of(t, pred=lambda c: True):
    return [c for c in t["columns"] if not c["generated"] and pred(c)]


def enum_tmpl(m, rng, t):
    return "{c} %s '%s'" % (rng.choice(["=", "<>"]), rng.choice(m.objs[t["dep"]]["labels"]))


def new_constraint(m, rng, t, kind):
    name = m.fresh(t["name"] + "_")
    if kind in ("pk", "unique"):
        cands = cols_of(t, lambda c: expr_fam(c["type"]) in INDEXABLE and c["type"]["fam"] != "domain")
        if not cands:
            return None
        cols = [c["name"] for c in rng.sample(cands, min(len(cands), rng.choice([1, 1, 2])))]
        return {"name": name, "type": kind, "cols": cols, "comment": None}
    cands = [c for c in t["columns"] if expr_fam(c["type"]) in CHECKS or c["type"]["fam"] == "enum"]
    if not cands:
        return None
    c = rng.choice(cands)
    tmpl = enum_tmpl(m, rng, c["type"]) if c["type"]["fam"] == "enum" else rng.choice(CHECKS[expr_fam(c["type"])])
    return {"name": name, "type": "check", "cols": [c["name"]], "expr": tmpl, "comment": None}


def new_table(m, rng, schema=None):
    schema = schema or pick_schema(m, rng)
    t = {"kind": "table", "schema": schema, "name": m.fresh("t"), "columns": [], "constraints": [],
         "comment": None}
    idt = simple_type(rng.choice(["int", "bigint"]))
    t["columns"].append({"name": "id", "type": idt, "notnull": rng.random() < 0.5, "default": None,
                         "identity": rng.choice([None, None, "ALWAYS", "BY DEFAULT"]),
                         "generated": None, "comment": None})
    for _ in range(rng.randint(1, 5)):
        t["columns"].append(new_column(m, rng, schema))
    if rng.random() < 0.15:
        g = generated_column(m, rng, t)
        if g:
            t["columns"].append(g)
    if rng.random() < 0.75:
        t["constraints"].append({"name": m.fresh(t["name"] + "_pk"), "type": "pk", "cols": ["id"], "comment": None})
    for kind, p in (("unique", 0.3), ("check", 0.4)):
        if rng.random() < p:
            con = new_constraint(m, rng, t, kind)
            if con:
                t["constraints"].append(con)
    return t


def new_child_table(m, rng):
    """A table that INHERITS a plain table (one level): columns of its own only, with fresh
    names, so it never merges with or conflicts with what the parent has or gains."""
    parents = [k for k in m.keys("table") if not m.objs[k].get("inherits")]
    if not parents:
        return None
    pk = rng.choice(parents)
    parent = m.objs[pk]
    t = {"kind": "table", "schema": parent["schema"], "name": m.fresh("t"), "columns": [],
         "constraints": [], "comment": None, "inherits": [pk]}
    for _ in range(rng.randint(0, 2)):
        t["columns"].append(new_column(m, rng, parent["schema"]))
    if t["columns"] and rng.random() < 0.4:
        con = new_constraint(m, rng, t, rng.choice(["check", "unique"]))
        if con:
            t["constraints"].append(con)
    return t


def new_index(m, rng, tkey):
    t = m.objs[tkey]
    cands = cols_of(t, lambda c: expr_fam(c["type"]) in INDEXABLE)
    if not cands:
        return None
    items = []
    for c in rng.sample(cands, min(len(cands), rng.choice([1, 1, 2, 3]))):
        ex = INDEX_EXPR.get(c["type"]["fam"])
        items.append({"col": c["name"], "expr": rng.choice(ex) if ex and rng.random() < 0.3 else None,
                      "desc": rng.random() < 0.2, "nulls": rng.choice([None, None, None, "FIRST", "LAST"])})
    o = {"kind": "index", "schema": t["schema"], "name": m.fresh("ix"), "table": tkey,
         "unique": rng.random() < 0.3, "items": items, "include": [], "where": None, "comment": None}
    rest = [c["name"] for c in t["columns"] if c["name"] not in [i["col"] for i in items]]
    if rest and rng.random() < 0.2:
        o["include"] = [rng.choice(rest)]
    if rng.random() < 0.35:
        o["where"] = rand_filter(m, rng, [(c["name"], c["type"]) for c in t["columns"]], prefer_enum=True)
    return o


def rand_filter(m, rng, cols, prefer_enum=False):
    enums = [(n, t) for n, t in cols if t["fam"] == "enum"]
    if enums and (prefer_enum or rng.random() < 0.5):
        n, t = rng.choice(enums)
        return {"col": n, "tmpl": enum_tmpl(m, rng, t), "grp": "enum"}
    cands = [(n, t) for n, t in cols if t["fam"] in FILTERS]
    if not cands:
        return None
    n, t = rng.choice(cands)
    return {"col": n, "tmpl": FILTERS[t["fam"]], "grp": group(t)}


def view_cols(m, rng, src, k=None):
    cols = m.columns(src)
    out = []
    for n, t in rng.sample(cols, min(len(cols), k or rng.randint(1, 3))):
        f = expr_fam(t)
        ex = "plain"
        if f in ("int", "bigint", "numeric") and rng.random() < 0.3:
            ex = "plus1"
        elif f in ("text", "varchar") and rng.random() < 0.3:
            ex = "upper"
        out.append({"src": n, "expr": ex, "alias": m.fresh("a")})
    return out


def new_view(m, rng):
    srcs = m.keys("table", "view")
    if not srcs:
        return None
    views = m.keys("view")
    src = rng.choice(views) if views and rng.random() < 0.4 else rng.choice(srcs)
    if not m.columns(src):
        return None
    o = {"kind": "view", "schema": pick_schema(m, rng), "name": m.fresh("v"), "materialized": rng.random() < 0.2,
         "source": src, "cols": view_cols(m, rng, src), "where": None, "comment": None}
    if rng.random() < 0.4:
        o["where"] = rand_filter(m, rng, m.columns(src))
    return o


def new_enum(m, rng):
    n = rng.randint(2, 4)
    return {"kind": "enum", "schema": pick_schema(m, rng), "name": m.fresh("e"),
            "labels": [m.fresh("l") for _ in range(n)], "comment": None}


def new_domain(m, rng):
    base = rng.choice(["int", "text", "varchar", "numeric"])
    t = simple_type(base, n=30, p=10, s=2)
    o = {"kind": "domain", "schema": pick_schema(m, rng), "name": m.fresh("d"), "base": t,
         "default": None, "notnull": rng.random() < 0.3, "check": None, "comment": None}
    if rng.random() < 0.5:
        o["default"] = {"int": "0", "numeric": "0", "text": "'d'", "varchar": "'d'"}[base]
    if rng.random() < 0.6:
        o["check"] = domain_check(m, rng, base)
    return o


def domain_check(m, rng, base):
    ex = {"int": ["VALUE >= 0", "VALUE < 1000000"], "numeric": ["VALUE >= 0"],
          "text": ["length(VALUE) < 200", "VALUE <> ''"], "varchar": ["VALUE <> ''"]}[base]
    return {"name": m.fresh("dc"), "expr": rng.choice(ex)}


def new_composite(m, rng):
    attrs = [(m.fresh("f"), rand_type(m, rng, user=False)) for _ in range(rng.randint(1, 3))]
    return {"kind": "composite", "schema": pick_schema(m, rng), "name": m.fresh("ct"), "attrs": attrs, "comment": None}


def new_sequence(m, rng):
    lo = rng.choice([1, 10, 100])
    return {"kind": "sequence", "schema": pick_schema(m, rng), "name": m.fresh("sq"),
            "as": rng.choice(["integer", "bigint"]), "inc": rng.choice([1, 1, 2, 5]), "min": lo,
            "max": lo + rng.choice([1000, 100000]), "start": lo, "cache": rng.choice([1, 1, 10]),
            "cycle": rng.random() < 0.3, "owned_by": None, "comment": None}


def owner_candidates(m, seq):
    out = []
    for k in m.keys("table"):
        t = m.objs[k]
        if t["schema"] == seq["schema"]:
            out += [(k, c["name"]) for c in t["columns"] if c["type"]["fam"] in ("int", "bigint")
                    and not c["identity"] and not c["generated"]]
    return out


def new_function(m, rng, flavor=None):
    tables, views = m.keys("table"), m.keys("view")
    doms = [k for k in m.keys("domain")]
    comps = m.keys("composite")
    options = ["pure", "calc", "trig", "step"] + ["count", "rows"] * bool(tables) + ["viewrows"] * bool(views) \
        + ["domarg"] * bool(doms) + ["comparg"] * bool(comps)
    flavor = flavor or rng.choice(options)
    o = {"kind": "function", "schema": pick_schema(m, rng), "name": m.fresh("fn"), "args": [], "deps": [],
         "lang": "sql", "volatility": "STABLE", "flavor": flavor, "comment": None}
    if flavor == "pure":
        o.update(returns={"sql": "text", "dep": None}, volatility="IMMUTABLE", body=" SELECT 'abc'::text ")
    elif flavor == "calc":
        o.update(args=[("a", simple_type("int"), None), ("b", simple_type("int"), "0")], lang="plpgsql",
                 returns={"sql": "integer", "dep": None}, body=" BEGIN RETURN a + b; END; ", volatility="IMMUTABLE")
    elif flavor == "step":  # an aggregate's state transition function
        o.update(args=[("s", simple_type("int"), None), ("x", simple_type("int"), None)],
                 returns={"sql": "integer", "dep": None}, volatility="IMMUTABLE", body=" SELECT s + x ")
    elif flavor == "trig":
        o.update(returns={"sql": "trigger", "dep": None}, lang="plpgsql", volatility="VOLATILE",
                 body=" BEGIN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END; ")
    elif flavor in ("count", "rows"):
        t = rng.choice(tables)
        tq = "%s.%s" % (m.objs[t]["schema"], m.objs[t]["name"])
        o["deps"] = [t]
        if flavor == "count":
            o.update(returns={"sql": "bigint", "dep": None}, body=" SELECT count(*) FROM %s " % tq)
        else:
            o.update(returns={"sql": "SETOF " + tq, "dep": t}, body=" SELECT * FROM %s " % tq)
    elif flavor == "viewrows":
        v = rng.choice(views)
        vq = "%s.%s" % (m.objs[v]["schema"], m.objs[v]["name"])
        o.update(deps=[v], returns={"sql": "SETOF " + vq, "dep": v}, lang="plpgsql",
                 body=" BEGIN RETURN QUERY SELECT * FROM %s; END; " % vq)
    else:
        ut = user_type(m.objs[rng.choice(doms if flavor == "domarg" else comps)])
        o.update(args=[("p", ut, None)], returns={"sql": "text", "dep": None}, volatility="IMMUTABLE",
                 body=" SELECT p::text ")
    return o


def step_function(m, rng):
    """(key, new function or None): a state function for an aggregate, new when none exists."""
    fs = [k for k in m.keys("function") if m.objs[k]["flavor"] == "step"]
    if fs and rng.random() < 0.7:
        return rng.choice(fs), None
    f = new_function(m, rng, "step")
    return key_of(f), f


def new_aggregate(m, rng, sfunc):
    """An aggregate over integer whose state function is the key `sfunc`."""
    return {"kind": "aggregate", "schema": pick_schema(m, rng), "name": m.fresh("agg"), "sfunc": sfunc,
            "initcond": rng.choice([None, "0", "1"]), "parallel": rng.random() < 0.3, "comment": None}


def new_trigger(m, rng, tkey, fkey):
    t = m.objs[tkey]
    events = sorted(rng.sample(["INSERT", "UPDATE", "DELETE"], rng.randint(1, 2)),
                    key=["INSERT", "DELETE", "UPDATE"].index)
    plain = [c["name"] for c in t["columns"] if not c["generated"]]
    o = {"kind": "trigger", "name": m.fresh("tg"), "table": tkey, "func": fkey,
         "timing": rng.choice(["BEFORE", "AFTER"]), "events": events, "update_of": None,
         "level": rng.choice(["ROW", "ROW", "STATEMENT"]), "when": None, "comment": None}
    if "UPDATE" in events and plain and rng.random() < 0.3:
        o["update_of"] = rng.choice(plain)
    if o["level"] == "ROW" and "DELETE" not in events and plain and rng.random() < 0.5:
        o["when"] = rng.choice(plain)
    return o


def new_rule(m, rng, tkey):
    """A rule on `tkey`: ON INSERT | UPDATE | DELETE, maybe a condition on a column, DO ALSO |
    INSTEAD with NOTHING, a NOTIFY (unconditional rules only) and/or DELETEs from tables."""
    t = m.objs[tkey]
    o = {"kind": "rule", "name": m.fresh("ru"), "table": tkey,
         "event": rng.choice(["INSERT", "UPDATE", "DELETE"]), "instead": rng.random() < 0.4,
         "when": None, "actions": [], "comment": None}
    if t["columns"] and rng.random() < 0.5:
        o["when"] = rng.choice(t["columns"])["name"]
    for _ in range(rng.choice([0, 1, 1, 2])):
        target = rng.choice(m.keys("table"))
        cols = m.objs[target]["columns"]
        if cols and (o["when"] or rng.random() < 0.7):
            o["actions"].append({"kind": "delete", "table": target, "col": rng.choice(cols)["name"]})
        elif not o["when"]:
            o["actions"].append({"kind": "notify", "channel": m.fresh("ch")})
    return o


def trigger_function(m, rng):
    fs = [k for k in m.keys("function") if m.objs[k]["flavor"] == "trig"]
    if fs:
        return fs[0], None
    f = new_function(m, rng, "trig")
    return key_of(f), f


def new_fk(m, rng, child_key):
    """A new column of the child table and a foreign key on it to a key of some table."""
    targets = []
    for k in m.keys("table"):
        t = m.objs[k]
        for con in t["constraints"]:
            if con["type"] in ("pk", "unique") and len(con["cols"]) == 1:
                targets.append((k, con["cols"][0]))
        for ik in m.keys("index"):
            i = m.objs[ik]
            if i["table"] == k and i["unique"] and not i["where"] and len(i["items"]) == 1 and not i["items"][0]["expr"]:
                targets.append((k, i["items"][0]["col"]))
    ok = []
    for k, col in targets:
        ct = dict((c["name"], c["type"]) for c in m.objs[k]["columns"]).get(col)
        if ct and ct["fam"] in ("int", "bigint", "text", "varchar", "uuid"):
            ok.append((k, col, ct))
    if not ok:
        return None
    k, col, ct = rng.choice(ok)
    c = {"name": m.fresh("r"), "type": dict(ct), "notnull": rng.random() < 0.3, "default": None,
         "identity": None, "generated": None, "comment": None}
    con = {"name": m.fresh("fk"), "type": "fk", "cols": [c["name"]], "ref": k, "refcols": [col],
           "ondelete": rng.choice(["NO ACTION", "CASCADE", "SET NULL", "RESTRICT"]), "comment": None}
    return c, con


def build_base(rng):
    """The starting schema of one pair."""
    m = Model()
    for _ in range(rng.choice([0, 0, 1, 2])):
        m.add({"kind": "schema", "name": m.fresh("s"), "comment": rng.choice([None, None, "schema note"])})
    for e in ("pgcrypto", "citext", "hstore"):
        if rng.random() < 0.2:
            m.add({"kind": "extension", "name": e})
    for make, lo, hi in ((new_enum, 0, 2), (new_domain, 0, 2), (new_composite, 0, 1), (new_sequence, 0, 2)):
        for _ in range(rng.randint(lo, hi)):
            m.add(make(m, rng))
    if rng.random() < 0.3:
        m.add(new_function(m, rng, "pure"))
    for _ in range(rng.randint(2, 4)):
        m.add(new_table(m, rng))
    for _ in range(rng.choice([0, 0, 0, 1, 2])):
        child = new_child_table(m, rng)
        if child:
            m.add(child)
    for sk in m.keys("sequence"):
        cands = owner_candidates(m, m.objs[sk])
        if cands and rng.random() < 0.5:
            m.objs[sk]["owned_by"] = rng.choice(cands)
    for _ in range(rng.randint(0, 3)):
        i = new_index(m, rng, rng.choice(m.keys("table")))
        if i:
            m.add(i)
    for _ in range(rng.randint(0, 2)):
        child = rng.choice(m.keys("table"))
        r = new_fk(m, rng, child)
        if r:
            m.objs[child]["columns"].append(r[0])
            m.objs[child]["constraints"].append(r[1])
    for _ in range(rng.randint(0, 3)):
        v = new_view(m, rng)
        if v:
            m.add(v)
    for _ in range(rng.randint(0, 2)):
        m.add(new_function(m, rng))
    if rng.random() < 0.3:
        fk, f = step_function(m, rng)
        if f:
            m.add(f)
        m.add(new_aggregate(m, rng, fk))
    for _ in range(rng.randint(0, 2)):
        fk, f = trigger_function(m, rng)
        if f:
            m.add(f)
        m.add(new_trigger(m, rng, rng.choice(m.keys("table")), fk))
    for _ in range(rng.choice([0, 0, 1, 2])):
        m.add(new_rule(m, rng, rng.choice(m.keys("table"))))
    for k, o in list(m.objs.items()):
        if o["kind"] != "extension" and rng.random() < 0.15:
            o["comment"] = rng.choice(WORDS)
        if o["kind"] == "table" and o["columns"] and rng.random() < 0.3:
            rng.choice(o["columns"])["comment"] = rng.choice(WORDS)
    return m
