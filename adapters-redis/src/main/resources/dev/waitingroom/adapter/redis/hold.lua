-- Holds every requested seat for an admitted entry, or none of them, by the server's clock: the entry's
-- admission window must be open; then the rules of HoldRules, in their order, judged once the holds that
-- ran out on the requested seats (or the holder's own) are released. The first rule, max_seats_per_hold,
-- needs no release, so it is judged before, and an over-long request walks no list.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] event hash
-- KEYS[8] the event's key prefix, for person logs   KEYS[9] the holder's entry string (its ticket id)
-- KEYS[10] windows zset  KEYS[11] logged hash
-- ARGV[1] holder entry id   ARGV[2] the new reservation id   ARGV[3] how long a finished reservation is kept, ms
-- ARGV[4], ARGV[5] the event hash's fields of hold_ttl_sec and max_seats_per_hold; ARGV[6], ARGV[7] their defaults
-- ARGV[8], ARGV[9] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[10], ARGV[11] their defaults
-- ARGV[12..] the seats asked for, in the order asked
-- Reply: {0} the window is not open | {1, hold end ms, available seats after} held
--        | {2, max_seats_per_hold} too many seats | {3, seat...} unknown seats | {4, reservation id} a hold is open
--        | {5} sold out | {6, seat...} held or sold seats, in the order asked
--        | {7} the new reservation id is taken (128 random bits: a bug, never chance): nothing held
-- When the holder's entry keeps a log, 'held' goes to its person's log, and the reservation keeps the
-- entry's ticket and person so that the hold's end is logged however it comes.

local holder = ARGV[1]
local id = ARGV[2]
local memory = tonumber(ARGV[3])
local function logSettings()
    return redis.call('HMGET', KEYS[7], ARGV[8], ARGV[9]), ARGV[10], ARGV[11]
end
local FIRST_SEAT = 12

-- @include reservation_helpers.lua

local ticket = redis.call('GET', KEYS[9])
local windowEnd = ticket and redis.call('ZSCORE', KEYS[10], ticket)
if not windowEnd or tonumber(windowEnd) <= now then
    return {0}
end

local maxSeats = tonumber(redis.call('HGET', KEYS[7], ARGV[5]) or ARGV[7])
if #ARGV - FIRST_SEAT + 1 > maxSeats then
    return {2, maxSeats}
end

for i = FIRST_SEAT, #ARGV do
    local state = redis.call('HGET', KEYS[1], ARGV[i])
    if state and string.sub(state, 1, 2) == 'H:' then
        expireIfRanOut(reservation(string.sub(state, 3)))
    end
end
local open = redis.call('HGET', KEYS[5], holder)
if open then
    expireIfRanOut(reservation(open))
    open = redis.call('HGET', KEYS[5], holder)
end

local unknown, taken = {3}, {6}
for i = FIRST_SEAT, #ARGV do
    local state = redis.call('HGET', KEYS[1], ARGV[i])
    if not state then
        unknown[#unknown + 1] = ARGV[i]
    elseif state ~= 'A' then
        taken[#taken + 1] = ARGV[i]
    end
end
if #unknown > 1 then
    return unknown
end
if open then
    return {4, open}
end
if tonumber(redis.call('HGET', KEYS[2], 'available') or '0') == 0 then
    return {5}
end
if #taken > 1 then
    return taken
end

if redis.call('HEXISTS', KEYS[3], id) == 1 then
    return {7}
end
local ttl = tonumber(redis.call('HGET', KEYS[7], ARGV[4]) or ARGV[6])
local ends = math.min(now + ttl * 1000, tonumber(windowEnd))
local mark = 'H:' .. id
local seats = {}
for i = FIRST_SEAT, #ARGV do
    redis.call('HSET', KEYS[1], ARGV[i], mark)
    seats[#seats + 1] = ARGV[i]
end
redis.call('HINCRBY', KEYS[2], 'held', #seats)
local available = redis.call('HINCRBY', KEYS[2], 'available', -#seats)
local held = {id = id, list = table.concat(seats, ','), ticket = ticket, person = redis.call('HGET', KEYS[11], ticket) or ''}
local record = 'HOLD|' .. holder .. '|' .. string.format('%.0f', ends) .. '|' .. held.list
if held.person ~= '' then
    record = record .. '|' .. ticket .. '|' .. held.person
end
redis.call('HSET', KEYS[3], id, record)
redis.call('ZADD', KEYS[4], ends, id)
redis.call('HSET', KEYS[5], holder, id)
logHold(held, 'held', {'hold_ends', string.format('%.0f', ends)})
return {1, ends, available}
