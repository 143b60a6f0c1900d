-- Adds and removes an event's seats in one atomic step: an operator's change, up to the whole event
-- (100,000 seats), so the lists are walked in bounded chunks, never unpacked whole (Lua's stack is small).
-- New seats become available; seats that exist keep their state. Removing a held or sold seat (once
-- holds that ran out on it are released) refuses the whole change.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset
-- ARGV[1] how long a finished reservation is kept, ms   ARGV[2] the most seats an event may have
-- ARGV[3] n, the number of seats to add   ARGV[4 .. 3+n] seats to add   ARGV[4+n ..] seats to remove
-- Reply: {1, available, held, sold} changed | {2, seat...} seats to remove that are held or sold, in the
--        order given: nothing changed | {3, the most seats an event may have} too many: nothing changed

local memory = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local firstAdd = 4
local firstRemove = firstAdd + tonumber(ARGV[3])
-- Seats per HMGET / HSET / HDEL: few calls for a big change, few enough arguments to unpack safely.
local CHUNK = 500

-- >>> reservation helpers, the same in every seat script (a test compares them)
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

-- A reservation as stored, '<STATUS>|<holder>|<hold end, ms>|<seat,seat,...>', read into its parts; nil when none.
local function reservation(id)
    local record = redis.call('HGET', KEYS[3], id)
    if not record then
        return nil
    end
    local status, holder, ends, list = string.match(record, '^(%u+)|([^|]*)|(%d+)|(.*)$')
    local seats = {}
    for seat in string.gmatch(list, '[^,]+') do
        seats[#seats + 1] = seat
    end
    return {id = id, record = record, status = status, holder = holder, ends = tonumber(ends), seats = seats}
end

-- Ends an open hold once: EXPIRED or CANCELLED give its seats back, CONFIRMED sells them. The counters
-- move by the seats that really moved, so they stay equal to the seats' states; the holder may hold again.
local function finish(r, status)
    local mark = 'H:' .. r.id
    local after, counter = 'A', 'available'
    if status == 'CONFIRMED' then
        after, counter = 'S:' .. r.id, 'sold'
    end
    local moved = 0
    for _, seat in ipairs(r.seats) do
        if redis.call('HGET', KEYS[1], seat) == mark then
            redis.call('HSET', KEYS[1], seat, after)
            moved = moved + 1
        end
    end
    redis.call('HINCRBY', KEYS[2], 'held', -moved)
    redis.call('HINCRBY', KEYS[2], counter, moved)
    r.status = status
    r.record = status .. string.sub(r.record, string.len('HOLD') + 1)
    redis.call('HSET', KEYS[3], r.id, r.record)
    redis.call('ZREM', KEYS[4], r.id)
    if redis.call('HGET', KEYS[5], r.holder) == r.id then
        redis.call('HDEL', KEYS[5], r.holder)
    end
    if status ~= 'CONFIRMED' then
        redis.call('ZADD', KEYS[6], now + memory, r.id)
    end
end

-- A hold whose end has come (by the store's clock) is expired before anything reads or changes it.
local function expireIfRanOut(r)
    if r and r.status == 'HOLD' and now >= r.ends then
        finish(r, 'EXPIRED')
    end
    return r
end
-- <<< reservation helpers

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
