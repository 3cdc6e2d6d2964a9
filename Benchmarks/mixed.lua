-- wrk script: the mixed traffic of a working day, in a fixed cycle of ten requests per connection:
--   3 × GET  /v1/availability?commodity=lpg-3kg&region=$REGION   (the public stock check)
--   2 × GET  /v1/outlets/{id}/stock                              (an outlet's shelf)
--   1 × GET  /v1/alerts?status=open                              (the officer's list, with $TOKEN)
--   2 × POST /v1/outlets/{id}/movements                          (an LPG receipt; receipts never fail)
--   2 × POST /v1/outlets/{id}/prices                             (LPG at Rp19,000 or Rp35,000, switching
--                                                                 each round of the outlets, so price alerts
--                                                                 open and resolve all the time)
-- $OUTLETS (comma-separated) are the outlets read and written, $TOKEN an admin token, $REGION (default 63.71)
-- the region of the stock check. Every answer should be 2xx.

local token = os.getenv("TOKEN")
local region = os.getenv("REGION") or "63.71"
local outlets = {}
for id in string.gmatch(os.getenv("OUTLETS") or "", "[^,]+") do outlets[#outlets + 1] = id end
local auth = { ["Authorization"] = "Bearer " .. token }
local json = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local receipt = '{"commodity":"lpg-3kg","kind":"receipt","quantity":2}'
local check, alerts
local shelves, receipts, prices = {}, {}, {}
local counter = 0

-- Every request is formatted once per wrk thread and sent as it is (as in stock-writes.lua).
function init(args)
  check = wrk.format("GET", "/v1/availability?commodity=lpg-3kg&region=" .. region .. "&limit=20")
  alerts = wrk.format("GET", "/v1/alerts?status=open", auth)
  for index, outlet in ipairs(outlets) do
    shelves[index] = wrk.format("GET", "/v1/outlets/" .. outlet .. "/stock", auth)
    receipts[index] = wrk.format("POST", "/v1/outlets/" .. outlet .. "/movements", json, receipt)
    prices[index] = {}
    for round, price in ipairs({ "19000", "35000" }) do
      prices[index][round] = wrk.format("POST", "/v1/outlets/" .. outlet .. "/prices", json,
                                        '{"commodity":"lpg-3kg","price":' .. price .. '}')
    end
  end
end

function request()
  counter = counter + 1
  local step = counter % 10
  local index = (math.floor(counter / 10) % #outlets) + 1
  if step < 3 then
    return check
  elseif step < 5 then
    return shelves[index]
  elseif step == 5 then
    return alerts
  elseif step < 8 then
    return receipts[index]
  else
    return prices[index][(math.floor(counter / 10 / #outlets) % 2) + 1]
  end
end
