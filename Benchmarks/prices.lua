-- wrk script: POST LPG 3 kg price reports to the outlets in $OUTLETS (comma-separated, all in Kalimantan Selatan
-- where the default band is Rp18,500–20,000), in turn, with the bearer token $TOKEN. Every answer should be 201.
--   PRICES=19000          the prices to report, comma-separated, used in turn per outlet: "19000" stays in band;
--                         "35000,19000" makes every report open or resolve a price_above_band alert
--   IDEMPOTENCY=1         every request carries a fresh Idempotency-Key, as phone clients send
-- Each outlet's request at each price is formatted once per wrk thread (in `init`), as in stock-writes.lua; only a
-- keyed request is formatted anew, for its key.

local token = os.getenv("TOKEN")
local outlets = {}
for id in string.gmatch(os.getenv("OUTLETS") or "", "[^,]+") do outlets[#outlets + 1] = id end
local prices = {}
for price in string.gmatch(os.getenv("PRICES") or "19000", "[^,]+") do prices[#prices + 1] = price end
local keyed = os.getenv("IDEMPOTENCY") == "1"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("prefix", "p" .. threads .. "-" .. math.random(1, 1000000000))
end

local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local paths, bodies, requests = {}, {}, {}
local counter = 0

function init(args)
  for index, price in ipairs(prices) do bodies[index] = '{"commodity":"lpg-3kg","price":' .. price .. '}' end
  for index, outlet in ipairs(outlets) do
    paths[index] = "/v1/outlets/" .. outlet .. "/prices"
    requests[index] = {}
    for priceIndex, body in ipairs(bodies) do
      requests[index][priceIndex] = wrk.format("POST", paths[index], headers, body)
    end
  end
end

function request()
  counter = counter + 1
  local index = (counter % #outlets) + 1
  local priceIndex = (math.floor(counter / #outlets) % #prices) + 1
  if not keyed then return requests[index][priceIndex] end
  headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format("POST", paths[index], headers, bodies[priceIndex])
end
