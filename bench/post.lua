-- wrk script: POST the plan in $PLAN_JSON as JSON to the path given on the command line.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open(os.getenv("PLAN_JSON"), "r")
wrk.body = file:read("*a")
file:close()

done = function(summary, latency, requests)
  io.write(string.format("REQS %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("P50_MS %.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("P99_MS %.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("ERRORS %d\n", summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
end
