-- Adds and removes an event's seats in one atomic step: an operator's change, up to the whole event
-- (100,000 seats), so the lists are walked in bounded chunks, never unpacked whole (Lua's stack is small).
-- New seats become available; seats that exist keep their state. Removing a held or sold seat (once
-- holds that ran out on it are released) refuses the whole change.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] event hash
-- KEYS[8] the event's key prefix, for person logs
-- ARGV[1] how long a finished reservation is kept, ms   ARGV[2] the most seats an event may have
-- ARGV[3], ARGV[4] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[5], ARGV[6] their defaults
-- ARGV[7] n, the number of seats to add   ARGV[8 .. 7+n] seats to add   ARGV[8+n ..] seats to remove
-- Reply: {1, available, held, sold} changed | {2, seat...} seats to remove that are held or sold, in the
--        order given: nothing changed | {3, the most seats an event may have} too many: nothing changed

local memory = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local function logSettings()
    return redis.call('HMGET', KEYS[7], ARGV[3], ARGV[4]), ARGV[5], ARGV[6]
end
local firstAdd = 8
local firstRemove = firstAdd + tonumber(ARGV[7])
-- Seats per HMGET / HSET / HDEL: few calls for a big change, few enough arguments to unpack safely.
local CHUNK = 500

-- @include reservation_helpers.lua

-- Calls visit(seat, state) for ARGV[from..to], reading the states a chunk at a time.
local function eachState(from, to, visit)
    for i = from, to, CHUNK do
        local last = math.min(i + CHUNK - 1, to)
        local states = redis.call('HMGET', KEYS[1], unpack(ARGV, i, last))
        for j = 1, last - i + 1 do
            visit(ARGV[i + j - 1], states[j])
        end
    end
end

local inUse = {2}
local removed = 0
eachState(firstRemove, #ARGV, function(seat, state)
    if state and string.sub(state, 1, 2) == 'H:' then
        expireIfRanOut(reservation(string.sub(state, 3)))
        state = redis.call('HGET', KEYS[1], seat)
    end
    if state == 'A' then
        removed = removed + 1
    elseif state then
        inUse[#inUse + 1] = seat
    end
end)
if #inUse > 1 then
    return inUse
end

local fresh = {}
eachState(firstAdd, firstRemove - 1, function(seat, state)
    if not state then
        fresh[#fresh + 1] = seat
    end
end)
if redis.call('HLEN', KEYS[1]) + #fresh - removed > limit then
    return {3, limit}
end

for i = 1, #fresh, CHUNK do
    local fields = {}
    for j = i, math.min(i + CHUNK - 1, #fresh) do
        fields[#fields + 1] = fresh[j]
        fields[#fields + 1] = 'A'
    end
    redis.call('HSET', KEYS[1], unpack(fields))
end
for i = firstRemove, #ARGV, CHUNK do
    redis.call('HDEL', KEYS[1], unpack(ARGV, i, math.min(i + CHUNK - 1, #ARGV)))
end

-- the counters live exactly as long as the seats: an event without seats has neither
if redis.call('EXISTS', KEYS[1]) == 0 then
    redis.call('DEL', KEYS[2])
    return {1, 0, 0, 0}
end
redis.call('HSETNX', KEYS[2], 'held', 0)
redis.call('HSETNX', KEYS[2], 'sold', 0)
redis.call('HINCRBY', KEYS[2], 'available', #fresh - removed)
local counts = redis.call('HMGET', KEYS[2], 'available', 'held', 'sold')
return {1, tonumber(counts[1]), tonumber(counts[2]), tonumber(counts[3])}
