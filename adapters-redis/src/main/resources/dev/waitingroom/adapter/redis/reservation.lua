-- One holder's reservation as it stands now; a hold whose end has come is expired first, as the sweep
-- would (once), so a reader never sees a hold that should have ended.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] event hash
-- KEYS[8] the event's key prefix, for person logs
-- ARGV[1] reservation id   ARGV[2] holder entry id   ARGV[3] how long a finished reservation is kept, ms
-- ARGV[4], ARGV[5] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[6], ARGV[7] their defaults
-- Reply: {0} none, or another holder's | {1, record}

local memory = tonumber(ARGV[3])
local function logSettings()
    return redis.call('HMGET', KEYS[7], ARGV[4], ARGV[5]), ARGV[6], ARGV[7]
end

-- @include reservation_helpers.lua

local r = expireIfRanOut(reservation(ARGV[1]))
if not r or r.holder ~= ARGV[2] then
    return {0}
end
return {1, r.record}
