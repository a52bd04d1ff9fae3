-- wrk script for bench/ingest-ratios.py: each request is POST /simulator/observations with ONE observation, every
-- one different (its own observedAt), so that none is dropped as a duplicate. Environment: TOKEN, DEVICES (comma-
-- separated vendorDeviceIds of simulated vehicles), BASE (epoch seconds of the first observedAt; a new BASE per run).
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local devices = {}
for d in string.gmatch(os.getenv("DEVICES"), "[^,]+") do
    devices[#devices + 1] = d
end
local base = tonumber(os.getenv("BASE"))
local threads = 0

function setup(thread)
    thread:set("tid", threads)
    threads = threads + 1
end

local counter = 0

function request()
    counter = counter + 1
    -- Unique across up to 64 threads: thread t sends n = t, t + 64, t + 128, ...
    local n = counter * 64 + tid
    local device = devices[(n % #devices) + 1]
    local at = base + n
    local charging = (n % 3) ~= 0
    local body = string.format(
        '{"observations":[{"vendorDeviceId":"%s","deviceType":"VEHICLE","observedAt":"%s","receivedAt":"%s",'
            .. '"isPluggedIn":true,"isCharging":%s,"chargeRateKw":%.1f,"batteryLevel":%d}]}',
        device, os.date("!%Y-%m-%dT%H:%M:%SZ", at), os.date("!%Y-%m-%dT%H:%M:%SZ", at + 1),
        tostring(charging), charging and 7.2 or 0.0, 20 + n % 70)
    return wrk.format(nil, nil, nil, body)
end
