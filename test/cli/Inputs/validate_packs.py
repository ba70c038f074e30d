"""Validates every built-in rule pack against rules/schema/rules.schema.json
and checks that rule ids are unique across packs."""
import glob
import json
import os
import sys

import jsonschema

root = sys.argv[1]
schema = json.load(open(os.path.join(root, "rules", "schema", "rules.schema.json")))
validator = jsonschema.Draft7Validator(schema)
ids = {}
packs = sorted(glob.glob(os.path.join(root, "rules", "builtin", "*.json")))
for pack in packs:
    data = json.load(open(pack))
    for error in validator.iter_errors(data):
        print(f"{pack}: {error.message}")
        sys.exit(1)
    for rule in data["rules"]:
        if rule["id"] in ids:
            print(f"{pack}: rule id {rule['id']} also in {ids[rule['id']]}")
            sys.exit(1)
        ids[rule["id"]] = pack
print(f"{len(packs)} packs, {len(ids)} rules: valid")
