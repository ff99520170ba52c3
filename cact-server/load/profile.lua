-- wrk script: POST one person's profile request (the body file named by BODY) with the key in CACT_KEY
wrk.method = "POST"
local file = assert(io.open(os.getenv("BODY"), "r"))
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CACT_KEY")
