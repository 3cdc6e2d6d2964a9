-- wrk script: signed SMS webhook calls from the Lua file $SMS_REQUESTS (scripts/lib/sms_requests.py), each thread
-- taking its own share in turn, so no event id is sent twice while the share lasts (after that they replay).

dofile(os.getenv("SMS_REQUESTS"))
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

local counter = 0

function request()
  counter = counter + 1
  local share = math.floor(#messages / 2)
  local message = messages[((index - 1) * share + counter - 1) % #messages + 1]
  local headers = { ["Content-Type"] = "application/json", ["X-Timestamp"] = message[2], ["X-Signature"] = message[3] }
  return wrk.format("POST", "/v1/sms/inbound", headers, message[1])
end
