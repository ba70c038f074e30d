"""Prints a SARIF log's results and notifications, one line each, sorted."""
import json
import sys

run = json.load(open(sys.argv[1]))["runs"][0]
lines = []
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    s = "result %s %s:%d" % (r["ruleId"], loc["artifactLocation"]["uri"],
                             loc["region"]["startLine"])
    if "baselineState" in r:
        s += " baselineState=" + r["baselineState"]
    for sup in r.get("suppressions", []):
        s += " suppression=%s:%s" % (sup["kind"], sup.get("justification", ""))
    lines.append(s)
for inv in run.get("invocations", []):
    for n in inv.get("toolExecutionNotifications", []):
        where = ""
        for l in n.get("locations", []):
            where = l["physicalLocation"]["artifactLocation"]["uri"]
        lines.append("notification %s %s %s %s" % (
            n["level"], n["descriptor"]["id"], where or "-", n["message"]["text"]))
print("\n".join(sorted(lines)))
