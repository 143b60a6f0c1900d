#!lua flags=no-writes
-- Every seat of an event with its state, and the counters, read in one atomic step.
-- KEYS[1] seats hash   KEYS[2] seat-counts hash
-- Reply: {0} the event has no seats | {1, available, held, sold, seat, state, seat, state, ...}
--        with state 'A', 'H' or 'S' (the reservation behind a seat stays inside Redis), seats in no order

local seats = redis.call('HGETALL', KEYS[1])
if #seats == 0 then
    return {0}
end
local counts = redis.call('HMGET', KEYS[2], 'available', 'held', 'sold')
local reply = {1, tonumber(counts[1]), tonumber(counts[2]), tonumber(counts[3])}
for i = 1, #seats, 2 do
    reply[#reply + 1] = seats[i]
    reply[#reply + 1] = string.sub(seats[i + 1], 1, 1)
end
return reply
