"""Validates a SARIF file against the SARIF 2.1.0 JSON schema."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
log = json.load(open(sys.argv[2]))
jsonschema.Draft7Validator(schema).validate(log)
print("valid SARIF, %d result(s)" % len(log["runs"][0]["results"]))
