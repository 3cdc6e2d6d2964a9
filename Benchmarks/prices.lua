-- wrk script: POST LPG 3 kg price reports to the outlets in $OUTLETS (comma-separated, all in Kalimantan Selatan
-- where the default band is Rp18,500–20,000), in turn, with the bearer token $TOKEN. Every answer should be 201.
--   PRICES=19000          the prices to report, comma-separated, used in turn per outlet: "19000" stays in band;
--                         "35000,19000" makes every report open or resolve a price_above_band alert
--   IDEMPOTENCY=1         every request carries a fresh Idempotency-Key, as phone clients send

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

local counter = 0

function request()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if keyed then headers["Idempotency-Key"] = prefix .. "-" .. counter end
  local outlet = outlets[(counter % #outlets) + 1]
  local price = prices[(math.floor(counter / #outlets) % #prices) + 1]
  local body = '{"commodity":"lpg-3kg","price":' .. price .. '}'
  return wrk.format("POST", "/v1/outlets/" .. outlet .. "/prices", headers, body)
end
