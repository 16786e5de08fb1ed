#!/usr/bin/env python3
"""Check eval/holdout.jsonl against the seed documents.

Every `expect` alternative, NFKC-normalised and whitespace-stripped (the same normalisation as
shared/eval/score.py), must occur in the normalised text of the question's `doc`. A question with
an empty `doc` (clarify, or a city outside the corpus) must find each alternative in some seed, and
a clarify question's groups must come from at least two different documents.

Also checked: the field set and order, unique ids, known kinds and statuses, not_found questions
expect nothing, and no question repeats a dev.jsonl question word for word.

usage: python3 eval/check_holdout.py [HOLDOUT.jsonl] [--seeds DIR] [--dev DEV.jsonl]
"""
import argparse, collections, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "doc", "kind", "question", "status", "expect", "forbid", "source"]
KINDS = {"department", "target", "baseline", "plan", "evaluation", "mapping", "item_lookup", "list",
         "structure", "glossary", "actual", "amount", "unanswerable", "clarify"}
STATUSES = {"answered", "not_found", "clarify|answered"}


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("holdout", nargs="?", default=os.path.join(HERE, "holdout.jsonl"))
    ap.add_argument("--seeds", default=os.path.join(HERE, "..", "seeds"))
    ap.add_argument("--dev", default=next(
        (p for p in (os.path.join(HERE, *[".."] * n, "shared", "eval", "dev.jsonl") for n in (2, 3))
         if os.path.exists(p)), "shared/eval/dev.jsonl"))
    args = ap.parse_args()

    seeds = {}
    for name in sorted(os.listdir(args.seeds)):
        if name.endswith((".txt", ".md")):
            with open(os.path.join(args.seeds, name), encoding="utf-8") as f:
                seeds[name] = norm(f.read())

    dev_questions = set()
    if os.path.exists(args.dev):
        with open(args.dev, encoding="utf-8") as f:
            dev_questions = {norm(json.loads(l)["question"]) for l in f if l.strip()}
    else:
        print(f"note: {args.dev} not found; the overlap check with dev is skipped")

    errors = []
    with open(args.holdout, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    ids = collections.Counter(r.get("id") for r in rows)
    for dup in [i for i, n in ids.items() if n > 1]:
        errors.append(f"{dup}: duplicate id")

    for r in rows:
        qid = r.get("id")
        if list(r.keys()) != FIELDS:
            errors.append(f"{qid}: fields {list(r.keys())}, wanted {FIELDS}")
            continue
        if r["kind"] not in KINDS:
            errors.append(f"{qid}: unknown kind {r['kind']!r}")
        if r["status"] not in STATUSES:
            errors.append(f"{qid}: unknown status {r['status']!r}")
        if r["status"] == "not_found" and r["expect"]:
            errors.append(f"{qid}: not_found question with expect groups")
        if r["status"] == "answered" and not r["expect"]:
            errors.append(f"{qid}: answered question without expect groups")
        if r["kind"] == "clarify" and r["status"] != "clarify|answered":
            errors.append(f"{qid}: clarify question should allow 'clarify|answered'")
        if r["doc"] and r["doc"] not in seeds:
            errors.append(f"{qid}: doc {r['doc']!r} is not in {args.seeds}")
            continue
        if norm(r["question"]) in dev_questions:
            errors.append(f"{qid}: same question as in dev.jsonl")
        if not r["source"].strip():
            errors.append(f"{qid}: empty source")
        if any(not norm(x) for x in r["forbid"]):
            errors.append(f"{qid}: empty forbid string")

        group_docs = []
        for group in r["expect"]:
            alts = group.split("|")
            found_in = set()
            for alt in alts:
                a = norm(alt)
                if not a:
                    errors.append(f"{qid}: empty alternative in {group!r}")
                    continue
                if r["doc"]:
                    if a not in seeds[r["doc"]]:
                        errors.append(f"{qid}: {alt!r} not found in {r['doc']}")
                else:
                    where = {d for d, text in seeds.items() if a in text}
                    if not where:
                        errors.append(f"{qid}: {alt!r} not found in any seed")
                    found_in |= where
            group_docs.append(found_in)
        if r["kind"] == "clarify" and not r["doc"]:
            if len(set().union(*group_docs)) < 2 if group_docs else True:
                errors.append(f"{qid}: clarify groups should come from at least two documents")

    by_kind = collections.Counter(r.get("kind") for r in rows)
    by_doc = collections.Counter(r.get("doc") or "(none)" for r in rows)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions")
    print("per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    print("per doc:  " + ", ".join(f"{k} {n}" for k, n in sorted(by_doc.items())))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
